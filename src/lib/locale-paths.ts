/**
 * getStaticPaths helpers for routes under src/pages/[...lang]/: the Chinese page has no
 * prefix (lang undefined), the English one is under /en/.
 */
import { LOCALES, DEFAULT_LOCALE, type Locale } from './i18n';

export interface LocaleProps {
  locale: Locale;
}

export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** One path per locale. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** One path per locale and item, e.g. every model in both languages. */
export function localeItemPaths<T>(items: T[], id: (item: T) => string) {
  return LOCALES.flatMap((locale) =>
    items.map((item) => ({ params: { lang: langParam(locale), id: id(item) }, props: { locale, item } })),
  );
}
