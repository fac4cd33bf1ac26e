import type { TFunction } from 'i18next';
import { i18nFor, translator } from '../../i18n/instance';
import type { EN } from '../../i18n/resources';
import { LANGS, type Lang } from '../template/schema';

/**
 * The words of the tools' part of the dossier and the comparison (staffing check, hotline report check):
 * `locales/<lang>/reportTools.json`, kept apart from `report` so each file stays readable.
 */
export type ToolStrings = typeof EN.reportTools;

export function toolsT(lang: Lang): TFunction<'reportTools'> {
  return translator(lang, 'reportTools');
}

export const toolStrings = (lang: Lang): ToolStrings => i18nFor(lang).getResourceBundle(lang, 'reportTools') as ToolStrings;

export const TOOL_STRINGS = Object.fromEntries(LANGS.map((l) => [l, toolStrings(l)])) as Record<Lang, ToolStrings>;
