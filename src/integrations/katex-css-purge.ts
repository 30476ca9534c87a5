/**
 * KaTeX's stylesheet (27 KB) styles every construct KaTeX can produce; the site's
 * formulas use a fraction of it. While the pages render, the class and tag names of
 * those that show math are collected (src/lib/katex-tokens.ts); when the build is done,
 * PurgeCSS keeps only the rules those names can match, so a math page loads a few KB of
 * KaTeX CSS instead of the whole sheet. A formula added later brings its rules back on the
 * next build. Every @font-face rule is kept: PurgeCSS's font-face pruning reads only
 * `font-family` declarations, and KaTeX names its main face in the `font` shorthand of
 * `.katex`, so pruning dropped KaTeX_Main and formulas fell back to a system serif. A
 * browser fetches a face only when text uses it, so the unused rules cost bytes of CSS only.
 */
import type { AstroPrerenderer } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PurgeCSS } from 'purgecss';
import { addKatexTokens } from '../lib/katex-tokens';

export interface KatexCssPurge {
  /** `renderer`, with the names of every page it renders collected. */
  collecting(renderer: AstroPrerenderer): AstroPrerenderer;
  /** Trims the KaTeX stylesheets under `outDir/_astro/` to the collected names; returns how many there were. */
  purge(outDir: URL): Promise<number>;
}

export function katexCssPurge(): KatexCssPurge {
  const tokens = new Set<string>();
  return {
    collecting: (renderer) => ({
      ...renderer,
      async render(request, options) {
        const rendered = await renderer.render(request, options);
        const response = rendered instanceof Response ? rendered : rendered.response;
        if (response.headers.get('content-type')?.startsWith('text/html')) addKatexTokens(await response.clone().text(), tokens);
        return rendered;
      },
    }),
    async purge(outDir) {
      const assets = join(fileURLToPath(outDir), '_astro');
      const sheets = (await readdir(assets)).filter((f) => /^katex\..*\.css$/.test(f)).map((f) => join(assets, f));
      if (!sheets.length) return 0;
      const results = await new PurgeCSS().purge({
        content: [{ raw: [...tokens].join(' '), extension: 'html' }],
        css: sheets,
        fontFace: false,
        keyframes: true,
        variables: false,
      });
      for (const result of results) {
        if (result.file) await writeFile(result.file, result.css);
      }
      return sheets.length;
    },
  };
}
