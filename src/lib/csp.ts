/**
 * The Content-Security-Policy of every page, written as a <meta> by the layout.
 *
 * Why not Astro's `security.csp`: it lists the hashes of every script and style Astro
 * knows of (seven script and two style hashes here, for code these pages never run),
 * about 0.5 KB of incompressible bytes on every page. This policy names exactly what a
 * page runs: the one inline script by its hash, site.js and Pagefind from 'self',
 * and Pagefind's WebAssembly. Stylesheets are external ('self'); KaTeX and the SVG
 * diagrams position text with style attributes, which cannot run code, so those alone
 * are allowed inline.
 */
import { createHash } from 'node:crypto';
import { INLINE_SCRIPT } from './inline-script';

export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHash(INLINE_SCRIPT)}`,
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
