import type { Lang } from '../../domain/template/schema';

export function formatInstant(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatNumber(n: number, lang: Lang, maxFraction = 2): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: maxFraction }).format(n);
}

/** Device ids are UUIDs: the first block is enough to tell two laptops apart on screen. */
export const shortDevice = (device: string) => device.split('-')[0] || device;
