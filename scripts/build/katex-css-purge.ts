/**
 * KaTeX's stylesheet (27 KB) styles every construct KaTeX can produce; the site's
 * formulas use a fraction of it. After the build, PurgeCSS keeps only the rules whose
 * classes appear in the built pages (and the @font-face rules those rules use), so a
 * math page loads a few KB of KaTeX CSS instead of the whole sheet. A formula added
 * later brings its rules back on the next build.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PurgeCSS } from 'purgecss';

/** Trims the KaTeX stylesheets under `outDir/_astro/`; returns how many there were. */
export async function purgeKatexCss(outDir: string): Promise<number> {
  const assets = join(outDir, '_astro');
  const sheets = (await readdir(assets)).filter((f) => /^katex\..*\.css$/.test(f)).map((f) => join(assets, f));
  if (!sheets.length) return 0;
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
  return sheets.length;
}
