import { useEffect, useId, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import type { TFunction } from 'i18next';
import { signatureImageOf } from '../../domain/closing';
import type { SignatureMark } from '../../domain/model';
import { Button } from '../../ui/Button';

/** The canvas's drawing size in CSS pixels; the bitmap is scaled by the screen's pixel ratio for a sharp line. */
const WIDTH = 560;
const HEIGHT = 180;

function dataUrlBytes(url: string): Uint8Array {
  const b64 = url.slice(url.indexOf(',') + 1);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * One side's signature: drawn on a canvas (mouse, pen or finger, via signature_pad), or, where drawing is not
 * possible (keyboard only), the signer's name typed as confirmation, which is stored and shown as typed.
 */
export function SignatureField({ who, testId, value, onChange, t }: {
  who: string;
  testId: string;
  value: SignatureMark | null;
  onChange: (mark: SignatureMark | null) => void;
  t: TFunction<'closing'>;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [typed, setTyped] = useState(value?.method === 'typed');
  const typedId = useId();
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || typed) return undefined;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    // A white background, so the PNG reads the same on a dark page and in the dossier.
    const pad = new SignaturePad(canvas, { backgroundColor: 'rgb(255,255,255)', penColor: 'rgb(10,20,60)' });
    pad.clear();
    padRef.current = pad;
    const onEnd = () => {
      if (pad.isEmpty()) return;
      onChangeRef.current({ method: 'drawn', image: signatureImageOf(dataUrlBytes(pad.toDataURL('image/png')), canvas.width, canvas.height) });
    };
    pad.addEventListener('endStroke', onEnd);
    return () => {
      pad.removeEventListener('endStroke', onEnd);
      pad.off();
      padRef.current = null;
    };
  }, [typed]);

  const clear = () => {
    padRef.current?.clear();
    onChange(null);
  };

  return (
    <div className="cl-signature" data-testid={testId}>
      <div className="cl-signature__label">{who}</div>
      {!typed && (
        <>
          <canvas ref={canvasRef} className="cl-signature__canvas" style={{ width: WIDTH, height: HEIGHT }}
            role="img" aria-label={t('signature.canvas', { who })} data-testid={`${testId}-canvas`} />
          <div className="cl-signature__actions">
            <Button small onClick={clear} aria-label={t('signature.clear', { who })}>{t('signature.clear', { who })}</Button>
            <span className="cl-signature__state" aria-live="polite">
              {value?.method === 'drawn' ? t('signature.drawnNote') : t('signature.missing', { who })}
            </span>
          </div>
        </>
      )}
      <label className="cl-check">
        <input type="checkbox" checked={typed} onChange={(e) => { setTyped(e.target.checked); onChange(null); }} />
        {t('signature.typedToggle')}
      </label>
      {typed && (
        <div className="field">
          <label htmlFor={typedId} className="field__label">{t('signature.typedLabel', { who })}</label>
          <input id={typedId} className="input" value={value?.method === 'typed' ? value.typedName : ''}
            onChange={(e) => onChange(e.target.value.trim() ? { method: 'typed', typedName: e.target.value } : null)} />
        </div>
      )}
    </div>
  );
}
