import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPT_ATTRIBUTE } from '../../domain/photo';
import { Button } from '../../ui/Button';
import { FilePicker } from '../../ui/FilePicker';
import { photoErrorText } from './format';
import { currentIdentity, savePhoto } from './pipeline';
import type { StepRef } from './types';
import './photos.css';

// 'damaged': stored, but the file was cut short and may show only in part.
type Status = 'waiting' | 'saving' | 'saved' | 'damaged' | 'duplicate' | 'failed';
interface Item { key: number; name: string; status: Status; message?: string }

export interface PhotoImportProps extends StepRef {
  /** Called after each batch, e.g. to re-read free space. */
  onBatchDone?: () => void;
}

/**
 * Picks several photo files and stores them one after another. Each file's line turns "saved" only once that
 * photo is committed; a bad file gets its own message and the rest carry on.
 */
export function PhotoImport({ visitId, questionId, stepId, onBatchDone }: PhotoImportProps) {
  const { t } = useTranslation('photos');
  const inputId = useId();
  const [items, setItems] = useState<Item[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const nextKey = useRef(1);

  const update = (key: number, change: Partial<Item>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i)));

  const importFiles = async (files: File[], keys: number[]) => {
    let who;
    try {
      who = await currentIdentity();
    } catch (e) {
      for (const key of keys) update(key, { status: 'failed', message: photoErrorText(t, e) });
      return;
    }
    for (const [i, file] of files.entries()) {
      update(keys[i], { status: 'saving' });
      try {
        const saved = await savePhoto({ visitId, questionId, stepId, data: file, source: 'file', fileName: file.name }, who);
        update(keys[i], { status: saved.duplicate ? 'duplicate' : saved.photo.truncated ? 'damaged' : 'saved' });
      } catch (e) {
        update(keys[i], { status: 'failed', message: photoErrorText(t, e) });
      }
    }
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Reset so picking the same file again still fires a change.
    event.target.value = '';
    if (files.length === 0) return;
    const keys = files.map(() => nextKey.current++);
    setItems((list) => [...list, ...files.map((f, i): Item => ({ key: keys[i], name: f.name, status: 'waiting' }))]);
    chain.current = chain.current.then(() => importFiles(files, keys)).finally(() => onBatchDone?.());
  };

  const busy = items.some((i) => i.status === 'waiting' || i.status === 'saving');
  return (
    <div className="photo-import">
      <label htmlFor={inputId} className="photo-import__label">{t('import.label')}</label>
      <FilePicker
        id={inputId}
        multiple
        accept={ACCEPT_ATTRIBUTE}
        onChange={onChange}
        aria-describedby={`${inputId}-hint`}
      />
      <p id={`${inputId}-hint`} className="photo-import__hint">{t('import.hint')}</p>
      {items.length > 0 && (
        <>
          <ul className="photo-import__list" aria-label={t('import.list')} aria-live="polite">
            {items.map((item) => (
              <li key={item.key} className={`photo-import__item photo-import__item--${item.status}`} data-status={item.status}>
                <span className="photo-import__name">{item.name}</span>{' — '}
                <span>{item.status === 'failed' ? t('import.failed', { message: item.message }) : t(`import.${item.status}`)}</span>
              </li>
            ))}
          </ul>
          {!busy && <Button small variant="ghost" onClick={() => setItems([])}>{t('import.clear')}</Button>}
        </>
      )}
    </div>
  );
}
