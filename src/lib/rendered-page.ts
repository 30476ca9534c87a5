/**
 * A page rendered during `npm run build`, as src/middleware.ts sends it to
 * scripts/build.ts, and where Astro writes it.
 */

export const PAGE_MESSAGE = 'alphatree:rendered-page';

export interface RenderedPage {
  type: typeof PAGE_MESSAGE;
  /** Where Astro writes it, relative to the output folder: "models/resnet/index.html" (see pageFile). */
  file: string;
  html: string;
}

export function isRenderedPage(message: unknown): message is RenderedPage {
  return typeof message === 'object' && message !== null && (message as RenderedPage).type === PAGE_MESSAGE;
}

/**
 * The file Astro writes for a page (build.format 'directory'), relative to the output
 * folder: "/alphatree/models/resnet/" → "models/resnet/index.html"; the error pages
 * ("/404/", "/500/") are written as "404.html" and "500.html".
 * `base` is the site's base path ("/" or "/alphatree/").
 */
export function pageFile(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = decodeURI(pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, ''));
  if (/^(404|500)\/?$/.test(path)) return `${path.replace(/\/$/, '')}.html`;
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return /\.[a-z0-9]+$/i.test(path) ? path : `${path}.html`;
}
