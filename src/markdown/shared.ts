/**
 * What the two Markdown pipelines (src/markdown/unified, src/markdown/satteri) decide
 * alike, kept in one place so that they cannot drift apart: KaTeX's settings, the
 * stylesheet an article with math imports, which links leave the site, and how a
 * root-relative link gets the base path.
 */

import { LOCALES, type Locale } from '../lib/i18n';
import { t } from '../lib/ui-strings';

/** KaTeX's options: HTML for the eye plus MathML for screen readers; warn, don't fail, on non-strict LaTeX. */
export const KATEX_OPTIONS = { output: 'htmlAndMathml', strict: false } as const;

/**
 * The stylesheet an article with math imports: its page then links it, as Vite bundled it
 * with its fonts, and pages without math do not (src/markdown/render-article.ts).
 */
export const KATEX_CSS = 'katex/dist/katex.min.css';

/**
 * The class of KaTeX's box around a displayed formula. It scrolls sideways when the
 * formula is wider than the column (global.css), so both pipelines let it take focus,
 * as they do code blocks: keyboard users can scroll only what can take focus.
 */
export const DISPLAY_MATH_CLASS = 'katex-display';

/** The `rel` of a link that leaves the site: no window.opener, no Referer. */
export const EXTERNAL_REL = ['noopener', 'noreferrer'];

/**
 * Whether a link leaves the site: an absolute http(s) URL or a protocol-relative one.
 * The same test rehype-external-links applies with its default protocols.
 */
export function isExternalHref(href: string): boolean {
  const scheme = /^([a-zA-Z][a-zA-Z\d+\-.]*?):/.exec(href);
  return scheme ? scheme[1] === 'http' || scheme[1] === 'https' : href.startsWith('//');
}

/**
 * A root-relative link ("/models/resnet/") under the site's base path
 * ("/alphatree/models/resnet/"); anything else, or a link already under it, as it is.
 * `base` has no trailing slash; "" means the site is served from the root.
 */
export function withBase(href: string, base: string): string {
  if (!base || !href.startsWith('/') || href.startsWith('//') || href.startsWith(`${base}/`)) return href;
  return `${base}${href}`;
}

/** The locale of an article, from its path (content/articles/<locale>/…); undefined for any other file. */
export function articleLocale(path: string | undefined): Locale | undefined {
  const match = path ? /[\\/]articles[\\/]([a-z]+)[\\/]/.exec(path) : null;
  const name = match?.[1];
  return name && (LOCALES as readonly string[]).includes(name) ? (name as Locale) : undefined;
}

/**
 * GFM writes its footnotes' heading ("Footnotes") and back links' labels ("Back to
 * reference 1") in English on every page; these are the article's own language.
 * `reference` is what GFM numbers a back link with: "1", or "1-2" for the second
 * reference to footnote 1.
 */
export function footnoteText(locale: Locale) {
  return {
    heading: t(locale, 'footnotes'),
    backLabel: (reference: string) => t(locale, 'footnoteBack', { n: reference }),
  };
}

/** The reference number at the end of GFM's own back-link label ("Back to reference 1-2" → "1-2"). */
export function footnoteReference(label: string): string {
  return /(\d+(?:-\d+)?)$/.exec(label)?.[1] ?? label;
}
