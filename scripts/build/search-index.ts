/**
 * The search index, built with Pagefind's Node API over the built pages. Pagefind makes
 * one index per `<html lang>`, so Chinese pages (lang="zh-CN") get a segmented Chinese
 * index and English pages their own. Each page is handed over with a space after the
 * boxes Pagefind would otherwise run together (src/lib/search-index-text.ts).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { separateBoxes } from '../../src/lib/search-index-text.ts';

/** KaTeX writes every formula three times (MathML, HTML, source); index none of the copies. */
const EXCLUDE = ['.katex-mathml', '.katex-html', '[data-pagefind-ignore]'];

/** Indexes the HTML pages under `outDir` into `outDir/pagefind/`; returns how many pages were indexed. */
export async function writeSearchIndex(outDir: string): Promise<number> {
  let indexed = 0;
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Pagefind reads a folder in parallel (in Rust); it is given a copy of the pages with
    // the spaces added. Handed the pages one by one through addHTMLFile, the index step of
    // the bench's 1,233-page site took 13 s instead of 7 (and handed them all at once, the
    // index's page order changed from build to build).
    const copy = await mkdtemp(join(tmpdir(), 'alphatree-search-'));
    try {
      const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
      for (const page of pages) {
        await mkdir(dirname(join(copy, page)), { recursive: true });
        await writeFile(join(copy, page), separateBoxes(await readFile(join(outDir, page), 'utf8')));
      }
      const added = await index.addDirectory({ path: copy });
      if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
      indexed = added.page_count;
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    return indexed;
  } finally {
    await pagefind.close();
  }
}
