/** The page's locale and base path, as the layout writes them on <html>. */
import type { Locale } from '../lib/i18n';

export function pageLocale(): Locale {
  return document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
}

export function basePath(): string {
  return document.documentElement.dataset.base ?? '/';
}
