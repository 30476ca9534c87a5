/**
 * Locales and interface strings. Chinese is the default locale and lives at the site
 * root; English lives under /en/. Pagefind segments Chinese only when the page says
 * `lang="zh-CN"`, so every Chinese page uses exactly that code.
 */
import type { Localized } from '../schemas/common';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh';

/** The value of `<html lang>` (and hreflang) for each locale. */
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** The colon after a label: full width in Chinese ("最后更新：2026-11-28"), "Last updated: " in English. */
export const COLON: Record<Locale, string> = { zh: '：', en: ': ' };

/** Between the items of a list inside a label or sentence: the enumeration comma (、) in Chinese. */
export const LIST_SEPARATOR: Record<Locale, string> = { zh: '、', en: ', ' };

/** Picks the text of one locale from a `{ zh, en }` pair. */
export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}

/** The other locale, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
