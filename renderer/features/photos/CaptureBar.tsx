import { useEffect, useEffectEvent, useId, useRef, useState, type ChangeEvent } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ACCEPT_ATTRIBUTE } from '../../domain/photo';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { grabFrame } from './camera';
import { photoErrorText } from './format';
import { currentIdentity, savePhoto, startPhotoPipeline } from './pipeline';
import type { StepRef } from './types';
import { useCamera } from './use-camera';
import './photos.css';

export interface Shortcut { keys: string; action: string }

export interface CaptureBarProps {
  visitId: string;
  /** The open step, where photos go; null when no step is open. */
  target: Omit<StepRef, 'visitId'> | null;
  /** How the open step is named to the evaluator, e.g. "1. Agent seats — Walk the floors…". */
  targetLabel: string;
  /** The page's other shortcuts, listed in the help beside the bar's own. */
  shortcuts?: Shortcut[];
}

/** Kept as a key and its values, so a notice follows a change of UI language; `text` for error messages made elsewhere. */
type Notice = { tone: 'ok' | 'warn' | 'error'; key?: ParseKeys<'photos'>; params?: Record<string, unknown>; text?: string; seq: number } | null;

/** Keys typed into a field are text, not commands. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(type);
}

/**
 * One capture bar for the open step, kept in view at the bottom of the checklist. The live camera stays on
 * across questions until the evaluator turns it off; one click or one key (P) stores a photo into the open step,
 * and the bar says so once the photo is committed, with its number. C turns the camera on or off, ? lists the keys.
 * Keys are read by their position (KeyP, KeyC), so they work with a Russian or Ukrainian layout too.
 */
export function CaptureBar({ visitId, target, targetLabel, shortcuts = [] }: CaptureBarProps) {
  const { t } = useTranslation('photos');
  const inputId = useId();
  const [on, setOn] = useState(false);
  const { state, videoRef, retry } = useCamera(on);
  const [saving, setSaving] = useState(0);
  const [notice, setNotice] = useState<Notice>(null);
  const [help, setHelp] = useState(false);
  const seq = useRef(0);
  const live = state.kind === 'live';

  useEffect(() => { void startPhotoPipeline(); }, []);

  // "Turn the camera on first" is stale once the evaluator does so: it stayed under a live preview and read as a fault.
  const toggleCamera = () => {
    setOn((v) => !v);
    setNotice((n) => (n?.key === 'bar.needCamera' || n?.key === 'bar.starting' ? null : n));
  };

  // The page keeps focused controls clear of the bar (scroll-padding in visit.css) by the bar's real height.
  const barRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = barRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const ro = new ResizeObserver(() => root.style.setProperty('--capture-bar-height', `${Math.ceil(el.getBoundingClientRect().height)}px`));
    ro.observe(el);
    return () => { ro.disconnect(); root.style.removeProperty('--capture-bar-height'); };
  }, []);

  const say = (tone: 'ok' | 'warn' | 'error', key: ParseKeys<'photos'>, params?: Record<string, unknown>) => setNotice({ tone, key, params, seq: ++seq.current });
  const sayText = (text: string) => setNotice({ tone: 'error', text, seq: ++seq.current });
  const noticeText = notice ? notice.text ?? (notice.key ? t(notice.key, notice.params ?? {}) : '') : '';

  const store = async (data: Blob, source: 'camera' | 'file', fileName: string) => {
    if (!target) return;
    const to = targetLabel;
    setSaving((n) => n + 1);
    try {
      const saved = await savePhoto({ visitId, ...target, data, source, fileName }, await currentIdentity());
      const n = saved.photo.number ?? '';
      if (saved.duplicate) say('warn', 'bar.duplicate', { n, step: to });
      else if (saved.photo.truncated) say('warn', 'bar.savedDamaged', { n, step: to });
      else say('ok', 'bar.saved', { n, step: to });
    } catch (e) {
      sayText(photoErrorText(t, e));
    } finally {
      setSaving((n) => n - 1);
    }
  };

  const shoot = async () => {
    if (!target) return say('warn', 'bar.noTarget');
    const video = videoRef.current;
    if (state.kind === 'starting') return say('warn', 'bar.starting');
    if (!live || !video) return say('warn', 'bar.needCamera');
    const frame = await grabFrame(video);
    if (!frame) return say('error', 'camera.captureFailed');
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    await store(frame, 'camera', `camera-${stamp}.jpg`);
  };

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    void (async () => {
      for (const file of files) await store(file, 'file', file.name);
    })();
  };

  // The latest handlers, for the one key listener below.
  const onShortcut = useEffectEvent((action: 'shoot' | 'toggle' | 'help') => {
    if (action === 'shoot') void shoot();
    else if (action === 'toggle') toggleCamera();
    else setHelp(true);
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat || typing(e.target)) return;
      // A dialog (the viewer, a confirmation) has the keyboard while it is open.
      if (document.querySelector('dialog[open]')) return;
      if (e.key === '?' || (e.code === 'Slash' && e.shiftKey)) onShortcut('help');
      else if (e.code === 'KeyP' && !e.shiftKey) onShortcut('shoot');
      else if (e.code === 'KeyC' && !e.shiftKey) onShortcut('toggle');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section ref={barRef} className={`capture-bar${live ? ' capture-bar--live' : ''}`} aria-label={t('bar.region')} data-camera={state.kind}>
      <div className="capture-bar__preview">
        <video ref={videoRef} className="capture-bar__video" hidden={!live} muted playsInline aria-label={t('camera.preview')} />
        {!live && <span className="capture-bar__off" aria-hidden="true">{state.kind === 'starting' ? '…' : '◉'}</span>}
      </div>
      <div className="capture-bar__main">
        <p className="capture-bar__target" title={target ? targetLabel : undefined}>
          {target ? t('bar.target', { step: targetLabel }) : t('bar.noTarget')}
        </p>
        <div className="capture-bar__controls">
          <Button aria-pressed={on} aria-keyshortcuts="C" onClick={toggleCamera} className="capture-bar__camera">
            {on ? t('bar.cameraOn') : t('bar.cameraOff')} <kbd aria-hidden="true">C</kbd>
          </Button>
          <Button variant="primary" className="capture-bar__shutter" aria-label={t('bar.shutter')} aria-keyshortcuts="P"
            disabled={!target} onClick={() => void shoot()}>
            {t('bar.shutter')} <kbd aria-hidden="true">P</kbd>
          </Button>
          <label htmlFor={inputId} className="btn btn--secondary capture-bar__files">{t('bar.import')}</label>
          <input id={inputId} type="file" multiple accept={ACCEPT_ATTRIBUTE} className="capture-bar__input" onChange={onFiles} disabled={!target} />
          <Button className="capture-bar__help" aria-label={t('bar.help')} aria-keyshortcuts="Shift+?" onClick={() => setHelp(true)}>?</Button>
        </div>
        <p className={`capture-bar__notice capture-bar__notice--${notice?.tone ?? 'none'}`} role="status" aria-live="polite" key={notice?.seq ?? 0}>
          {saving > 0 ? t('bar.saving') : notice && notice.tone !== 'error' ? noticeText : ''}
        </p>
        {notice?.tone === 'error' && <p className="capture-bar__error" role="alert">{noticeText}</p>}
        {state.kind === 'problem' && (
          <p className="capture-bar__error" role="alert">
            {t(`camera.${state.problem}`, { message: state.detail })}{' '}
            {state.problem !== 'unsupported' && <Button small onClick={retry}>{t('camera.retry')}</Button>}
          </p>
        )}
      </div>
      {help && (
        <Dialog title={t('help.title')} onClose={() => setHelp(false)}
          actions={<Button variant="primary" onClick={() => setHelp(false)}>{t('help.close')}</Button>}>
          <table className="shortcut-table">
            <tbody>
              {[
                { keys: 'P', action: t('help.shoot') },
                { keys: 'C', action: t('help.camera') },
                ...shortcuts,
                { keys: '?', action: t('help.help') },
                { keys: 'Esc', action: t('help.esc') },
              ].map((s) => (
                <tr key={s.keys}><th scope="row"><kbd>{s.keys}</kbd></th><td>{s.action}</td></tr>
              ))}
            </tbody>
          </table>
          <p className="shortcut-table__note">{t('help.note')}</p>
        </Dialog>
      )}
    </section>
  );
}
