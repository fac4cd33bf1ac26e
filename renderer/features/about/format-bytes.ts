import type { TFunction } from 'i18next';
import type { Lang } from '../../domain/template/schema';

const MB = 1024 ** 2;
const GB = 1024 ** 3;

/** Megabytes under one gigabyte, gigabytes above, with the language's decimal separator. */
export function formatBytes(t: TFunction<'about'>, lang: Lang, bytes: number): string {
  const fmt = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return bytes < GB ? t('mb', { value: fmt.format(bytes / MB) }) : t('gb', { value: fmt.format(bytes / GB) });
}
