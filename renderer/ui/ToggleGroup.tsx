import type { ReactNode } from 'react';

export interface ToggleGroupProps<V extends string> {
  /** Names the group for assistive technology (e.g. "Category"). */
  label: string;
  value: V;
  options: readonly { value: V; label: ReactNode; title?: string }[];
  onChange: (value: V) => void;
  /** Shown before the buttons; the group keeps `label` as its accessible name. */
  showLabel?: boolean;
}

/** One-of-several choice as pressed/unpressed buttons: quick to hit, and each states whether it is on. */
export function ToggleGroup<V extends string>({ label, value, options, onChange, showLabel = true }: ToggleGroupProps<V>) {
  return (
    <div className="toggle-group" role="group" aria-label={label}>
      {showLabel && <span className="toggle-group__label" aria-hidden="true">{label}</span>}
      <div className="toggle-group__buttons">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className="toggle"
            aria-pressed={value === o.value}
            title={o.title}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}
