import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRedaction, RedactionAnnotation, RedactionArea, RedactionPoint } from '../../domain/model';
import { MIN_AREA_SIDE, moveBox, rectFromDrag, redactionProblems, resizeBox } from '../../domain/photo';
import { Button } from '../../ui/Button';
import { saveRedaction } from './pipeline';

type Tool = 'area' | 'arrow' | 'circle' | 'text';
type Shape = { list: 'areas'; item: RedactionArea } | { list: 'annotations'; item: RedactionAnnotation };
type Selected = { list: 'areas' | 'annotations'; index: number } | null;

const STEP = 0.01;
const BIG_STEP = 0.05;
const pct = (v: number) => `${v * 100}%`;

export interface RedactEditorProps {
  photoId: string;
  /** The original, shown upright (the browser applies its EXIF orientation, as the redacted copy does). */
  imageUrl: string;
  alt: string;
  /** The current redaction, whose areas and marks the editor starts from; redacting again adds a new record. */
  start: PhotoRedaction | null;
  onSaved: (r: PhotoRedaction) => void;
  onCancel: () => void;
}

/**
 * The redaction editor. Pointer: drag on the picture to black out a rectangle (or draw an arrow or circle, or click
 * to place the text). Keyboard, with the picture focused: Enter adds a shape of the chosen tool in the middle,
 * arrow keys move the selected one, Shift+arrows resize it, Delete removes it; the list beside names every shape.
 */
export function RedactEditor({ photoId, imageUrl, alt, start, onSaved, onCancel }: RedactEditorProps) {
  const { t } = useTranslation('photos');
  const [areas, setAreas] = useState<RedactionArea[]>(start?.areas ?? []);
  const [annotations, setAnnotations] = useState<RedactionAnnotation[]>(start?.annotations ?? []);
  const [tool, setTool] = useState<Tool>('area');
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<Selected>(null);
  const [drag, setDrag] = useState<{ from: RedactionPoint; to: RedactionPoint } | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const surface = useRef<SVGSVGElement>(null);

  const pointOf = (e: PointerEvent): RedactionPoint => {
    const box = surface.current!.getBoundingClientRect();
    const clamp = (v: number) => Math.min(1, Math.max(0, v));
    return { x: clamp((e.clientX - box.left) / box.width), y: clamp((e.clientY - box.top) / box.height) };
  };

  const add = (shape: Shape) => {
    setError(null);
    if (shape.list === 'areas') {
      setAreas((l) => [...l, shape.item]);
      setSelected({ list: 'areas', index: areas.length });
    } else {
      setAnnotations((l) => [...l, shape.item]);
      setSelected({ list: 'annotations', index: annotations.length });
    }
  };

  /** The shape the chosen tool makes between two points; null when it would be empty (a click, a text without words). */
  const shapeOf = (from: RedactionPoint, to: RedactionPoint): Shape | null => {
    const box = rectFromDrag(from, to);
    const big = box.w >= MIN_AREA_SIDE && box.h >= MIN_AREA_SIDE;
    if (tool === 'area') return big ? { list: 'areas', item: { kind: 'rect', ...box } } : null;
    if (tool === 'circle') return big ? { list: 'annotations', item: { kind: 'circle', ...box } } : null;
    if (tool === 'arrow') return Math.hypot(to.x - from.x, to.y - from.y) >= MIN_AREA_SIDE * 2 ? { list: 'annotations', item: { kind: 'arrow', from, to } } : null;
    return text.trim() ? { list: 'annotations', item: { kind: 'text', x: to.x, y: to.y, text: text.trim() } } : null;
  };

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = pointOf(e);
    setDrag({ from: p, to: p });
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (drag) setDrag({ ...drag, to: pointOf(e) });
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const shape = shapeOf(drag.from, pointOf(e));
    setDrag(null);
    if (shape) add(shape);
    else if (tool === 'text') setError(t('redact.needText'));
  };

  const change = (fn: (s: RedactionArea | RedactionAnnotation) => RedactionArea | RedactionAnnotation) => {
    if (!selected) return;
    if (selected.list === 'areas') setAreas((l) => l.map((a, i) => (i === selected.index ? (fn(a) as RedactionArea) : a)));
    else setAnnotations((l) => l.map((a, i) => (i === selected.index ? (fn(a) as RedactionAnnotation) : a)));
  };
  /** Removes a shape; the one before it in its list (else none) is selected, so Delete can go on from there. */
  const remove = (which: NonNullable<Selected>) => {
    const left = (which.list === 'areas' ? areas.length : annotations.length) - 1;
    if (which.list === 'areas') setAreas((l) => l.filter((_, i) => i !== which.index));
    else setAnnotations((l) => l.filter((_, i) => i !== which.index));
    setSelected(left > 0 ? { list: which.list, index: Math.max(0, which.index - 1) } : null);
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (e.key === 'Enter') {
      const shape = shapeOf({ x: 0.4, y: 0.4 }, { x: 0.6, y: 0.6 });
      if (shape) add(shape);
      else setError(t('redact.needText'));
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && selected) {
      remove(selected);
    } else if (arrows[e.key] && selected) {
      const step = e.altKey ? BIG_STEP : STEP;
      const [dx, dy] = arrows[e.key].map((v) => v * step);
      change((s) => (e.shiftKey ? resizeShape(s, dx, dy) : moveShape(s, dx, dy)));
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const draft = { areas, annotations };
  const problems = redactionProblems(draft);
  const save = () => {
    if (problems.length) {
      setError(t(problems.includes('empty') ? 'redact.empty' : 'redact.invalid'));
      return;
    }
    setSaving(true);
    setError(null);
    saveRedaction(photoId, draft).then(onSaved, (e: unknown) => {
      console.warn('redaction not saved', e);
      setError(t('redact.failed'));
      setSaving(false);
    });
  };

  const preview = drag ? shapeOf(drag.from, drag.to) : null;
  const shapes: (Shape & { index: number })[] = [
    ...areas.map((item, index) => ({ list: 'areas' as const, item, index })),
    ...annotations.map((item, index) => ({ list: 'annotations' as const, item, index })),
  ];
  const nameOf = (s: Shape & { index: number }) => t(`redact.shape.${s.item.kind}`, { n: s.index + 1, text: s.item.kind === 'text' ? s.item.text : '' });
  const isSelected = (s: { list: string; index: number }) => selected?.list === s.list && selected.index === s.index;

  return (
    <div className="redact">
      <div className="redact__canvas">
        <img src={imageUrl} alt={alt} className="photo-viewer__img redact__img" draggable={false} />
        <svg
          ref={surface}
          className="redact__surface"
          role="application"
          aria-label={t('redact.surface')}
          aria-describedby={`redact-help-${photoId}`}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(null)}
          onKeyDown={onKeyDown}
        >
          {shapes.map((s) => <ShapeView key={`${s.list}:${s.index}`} shape={s} selected={isSelected(s)} />)}
          {preview && <ShapeView shape={{ ...preview, index: -1 }} selected />}
        </svg>
      </div>
      <div className="redact__side">
        <fieldset className="redact__tools">
          <legend>{t('redact.tool')}</legend>
          {(['area', 'arrow', 'circle', 'text'] as const).map((k) => (
            <Button key={k} small aria-pressed={tool === k} onClick={() => setTool(k)}>{t(`redact.tools.${k}`)}</Button>
          ))}
        </fieldset>
        {tool === 'text' && (
          <label className="photo-card__caption">
            <span>{t('redact.text')}</span>
            <input className="input" value={text} maxLength={200} onChange={(e) => setText(e.currentTarget.value)} />
          </label>
        )}
        <p id={`redact-help-${photoId}`} className="photo-card__hint">{t('redact.help')}</p>
        <ul className="redact__shapes" aria-label={t('redact.shapes')}>
          {shapes.map((s) => (
            <li key={`${s.list}:${s.index}`}>
              <Button small variant="ghost" aria-pressed={isSelected(s)} onClick={() => { setSelected({ list: s.list, index: s.index }); surface.current?.focus(); }}>
                {nameOf(s)}
              </Button>
              <Button small variant="ghost-danger" aria-label={t('redact.remove', { name: nameOf(s) })} onClick={() => remove(s)}>✕</Button>
            </li>
          ))}
        </ul>
        {error && <p className="field__error" role="alert">{error}</p>}
        <div className="redact__actions">
          <Button variant="primary" onClick={save} disabled={saving}>{saving ? t('redact.saving') : t('redact.save')}</Button>
          <Button onClick={onCancel} disabled={saving}>{t('redact.cancel')}</Button>
        </div>
      </div>
    </div>
  );
}

function moveShape(s: RedactionArea | RedactionAnnotation, dx: number, dy: number): RedactionArea | RedactionAnnotation {
  if (s.kind === 'rect' || s.kind === 'circle') return moveBox(s, dx, dy);
  if (s.kind === 'arrow') {
    const xs = [s.from.x, s.to.x];
    const ys = [s.from.y, s.to.y];
    const cx = Math.min(Math.max(dx, -Math.min(...xs)), 1 - Math.max(...xs));
    const cy = Math.min(Math.max(dy, -Math.min(...ys)), 1 - Math.max(...ys));
    return { ...s, from: { x: s.from.x + cx, y: s.from.y + cy }, to: { x: s.to.x + cx, y: s.to.y + cy } };
  }
  if (s.kind === 'text') return { ...s, x: Math.min(1, Math.max(0, s.x + dx)), y: Math.min(1, Math.max(0, s.y + dy)) };
  return s;
}

function resizeShape(s: RedactionArea | RedactionAnnotation, dw: number, dh: number): RedactionArea | RedactionAnnotation {
  if (s.kind === 'rect' || s.kind === 'circle') return resizeBox(s, dw, dh);
  if (s.kind === 'arrow') return { ...s, to: { x: Math.min(1, Math.max(0, s.to.x + dw)), y: Math.min(1, Math.max(0, s.to.y + dh)) } };
  return s;
}

function ShapeView({ shape, selected }: { shape: Shape & { index: number }; selected: boolean }) {
  const s = shape.item;
  const cls = `redact__shape redact__shape--${s.kind}${selected ? ' redact__shape--selected' : ''}`;
  if (s.kind === 'rect') return <rect className={cls} x={pct(s.x)} y={pct(s.y)} width={pct(s.w)} height={pct(s.h)} />;
  if (s.kind === 'path') {
    return (
      <svg viewBox="0 0 1 1" preserveAspectRatio="none" width="100%" height="100%">
        <polygon className={cls} points={s.points.map((p) => `${p.x},${p.y}`).join(' ')} />
      </svg>
    );
  }
  if (s.kind === 'circle') return <ellipse className={cls} cx={pct(s.x + s.w / 2)} cy={pct(s.y + s.h / 2)} rx={pct(s.w / 2)} ry={pct(s.h / 2)} />;
  if (s.kind === 'arrow') {
    return (
      <g className={cls}>
        <line x1={pct(s.from.x)} y1={pct(s.from.y)} x2={pct(s.to.x)} y2={pct(s.to.y)} />
        <circle cx={pct(s.to.x)} cy={pct(s.to.y)} r="6" />
      </g>
    );
  }
  return <text className={cls} x={pct(s.x)} y={pct(s.y)} dominantBaseline="hanging">{s.text}</text>;
}
