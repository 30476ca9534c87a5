/**
 * Every internal URL is made here, so that the locale prefix, the base path and the
 * trailing slash are decided once. Paths are written without the locale prefix
 * ("/models/resnet/") and localized by `localizePath`.
 */
import { DEFAULT_LOCALE, type Locale } from './i18n';

/** The configured base path ("/" or "/alphatree/"), always with a trailing slash. */
export function basePath(): string {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** "/models/x/" in locale `en` -> "/en/models/x/" (plus the base path). */
export function localizePath(path: string, locale: Locale, base = basePath()): string {
  const clean = path.replace(/^\/+/, '');
  const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
  return `${base}${prefix}${clean}`;
}

export const routes = {
  home: () => '/',
  models: () => '/models/',
  model: (id: string) => `/models/${id}/`,
  branches: () => '/branches/',
  branch: (id: string) => `/branches/${id}/`,
  tree: () => '/tree/',
  search: () => '/search/',
  authors: () => '/authors/',
  datasets: () => '/datasets/',
  dataset: (id: string) => `/datasets/${id}/`,
  about: () => '/about/',
};
