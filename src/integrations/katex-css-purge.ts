/**
 * KaTeX's stylesheet (27 KB) styles every construct KaTeX can produce; the site's
 * formulas use a fraction of it. After the build, PurgeCSS keeps only the rules whose
 * classes appear in the built pages (and the @font-face rules those rules use), so a
 * math page loads a few KB of KaTeX CSS instead of the whole sheet. A formula added
 * later brings its rules back on the next build.
 */
import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PurgeCSS } from 'purgecss';

export function katexCssPurge(): AstroIntegration {
  return {
    name: 'alphatree:katex-css-purge',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const assets = join(outDir, '_astro');
        const sheets = (await readdir(assets)).filter((f) => /^katex\..*\.css$/.test(f)).map((f) => join(assets, f));
        if (!sheets.length) return;
        const results = await new PurgeCSS().purge({
          content: [join(outDir, '**/*.html')],
          css: sheets,
          fontFace: true,
          keyframes: true,
          variables: false,
        });
        for (const result of results) {
          if (result.file) await writeFile(result.file, result.css);
        }
        logger.info(`trimmed ${sheets.length} KaTeX stylesheet(s) to the rules the pages use`);
      },
    },
  };
}
