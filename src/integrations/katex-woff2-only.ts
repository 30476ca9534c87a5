/**
 * KaTeX's stylesheet offers every font as woff2, woff and ttf. Every browser the site
 * supports reads woff2, so the other two only add bytes to the CSS on math pages and
 * files to dist/. This Vite plugin drops them when the stylesheet is bundled.
 */
import type { Plugin } from 'vite';

const FALLBACK_FORMATS = /,\s*url\([^)]+\.woff\)\s*format\(["']woff["']\)|,\s*url\([^)]+\.ttf\)\s*format\(["']truetype["']\)/g;

export function katexWoff2Only(): Plugin {
  return {
    name: 'alphatree:katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css($|\?)/.test(id)) return null;
      return { code: code.replace(FALLBACK_FORMATS, ''), map: null };
    },
  };
}
