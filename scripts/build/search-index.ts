/**
 * The search index, built with Pagefind's Node API over the built pages. Pagefind makes
 * one index per `<html lang>`, so Chinese pages (lang="zh-CN") get a segmented Chinese
 * index and English pages their own. Pagefind reads the pages itself (in Rust, on both
 * cores); handing it each page from the build as it was rendered was faster only while
 * Astro rendered on one core (docs/performance.md).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** KaTeX writes every formula three times (MathML, HTML, source); index none of the copies. */
const EXCLUDE = ['.katex-mathml', '.katex-html', '[data-pagefind-ignore]'];

/** Indexes the HTML pages under `outDir` into `outDir/pagefind/`; returns how many pages were indexed. */
export async function writeSearchIndex(outDir: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
