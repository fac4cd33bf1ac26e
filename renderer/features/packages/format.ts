import type { Lang } from '../../domain/template/schema';
import { formatInstant as formatInZone, systemTimeZone } from '../../domain/time';

/** A package's times on this laptop's clock, in the one date format of the UI language. */
export function formatInstant(iso: string, lang: Lang): string {
  return formatInZone(iso, lang, systemTimeZone());
}

export function formatNumber(n: number, lang: Lang, maxFraction = 2): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: maxFraction }).format(n);
}

/** Device ids are UUIDs: the first block is enough to tell two laptops apart on screen. */
export const shortDevice = (device: string) => device.split('-')[0] || device;
