import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

export interface DialogProps {
  title: ReactNode;
  /** Called on Escape or a close button; the parent decides whether the dialog unmounts. */
  onClose: () => void;
  children: ReactNode;
  /** Buttons shown at the bottom, right-aligned. */
  actions?: ReactNode;
  /** Gets focus when the dialog opens; otherwise the browser picks the first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>;
  role?: 'dialog' | 'alertdialog';
  /** Extra class on the <dialog>, e.g. for a wide one. */
  className?: string;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the rest of the page inert and returns
 * focus afterwards. Render it only while it is open.
 */
export function Dialog({ title, onClose, children, actions, initialFocus, role = 'dialog', className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      previous?.focus?.();
    };
  }, [initialFocus]);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">{title}</h2>
      <div id={bodyId} className="dialog__body">{children}</div>
      {actions && <div className="dialog__actions">{actions}</div>}
    </dialog>
  );
}
