import type { TFunction } from 'i18next';
import { isPhotoError, isQuotaError } from '../../domain/photo';

/** A user-facing sentence for anything an import, capture or edit can throw. */
export function photoErrorText(t: TFunction<'photos'>, e: unknown): string {
  if (isPhotoError(e)) return t(`error.${e.code}`);
  if (isQuotaError(e)) return t('error.storage-full');
  return t('error.unknown', { message: e instanceof Error ? e.message : String(e) });
}

/** EXIF time is local camera time without a zone; `new Date` reads such text as local time, as intended. */
export function formatTime(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatBytes(bytes: number, lang: string): string {
  const mb = bytes / (1024 * 1024);
  return new Intl.NumberFormat(lang, { style: 'unit', unit: mb >= 1024 ? 'gigabyte' : 'megabyte', maximumFractionDigits: mb >= 1024 ? 1 : 0 })
    .format(mb >= 1024 ? mb / 1024 : mb);
}
