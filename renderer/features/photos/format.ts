import type { TFunction } from 'i18next';
import { isPhotoError, isQuotaError } from '../../domain/photo';
import type { Lang } from '../../domain/template/schema';
import { formatInstant, systemTimeZone } from '../../domain/time';

/** A user-facing sentence for anything an import, capture or edit can throw. */
export function photoErrorText(t: TFunction<'photos'>, e: unknown): string {
  if (isPhotoError(e)) return t(`error.${e.code}`);
  if (isQuotaError(e)) return t('error.storage-full');
  return t('error.unknown', { message: e instanceof Error ? e.message : String(e) });
}

/**
 * A photo's time in the UI language's one date format: EXIF time is the camera's wall clock without a zone and
 * is shown as written; times with a zone (added, deleted) are shown on this laptop's clock.
 */
export function formatTime(iso: string, lang: Lang): string {
  return formatInstant(iso, lang, systemTimeZone());
}

export function formatBytes(bytes: number, lang: string): string {
  const mb = bytes / (1024 * 1024);
  return new Intl.NumberFormat(lang, { style: 'unit', unit: mb >= 1024 ? 'gigabyte' : 'megabyte', maximumFractionDigits: mb >= 1024 ? 1 : 0 })
    .format(mb >= 1024 ? mb / 1024 : mb);
}
