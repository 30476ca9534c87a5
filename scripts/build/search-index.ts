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

/**
 * A copy of the HTML pages under `outDir`, in a temporary folder, as Pagefind should read
 * them (src/lib/search-index-text.ts). Pagefind reads a folder in parallel (in Rust). Handed
 * the pages one by one through addHTMLFile instead, the index step of the bench's 1,233-page
 * site took 13 s instead of 7; handed them all at once, the index's page order changed from
 * build to build.
 */
async function copyForIndexing(outDir: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'alphatree-search-'));
  for (const page of (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'))) {
    await mkdir(dirname(join(copy, page)), { recursive: true });
    await writeFile(join(copy, page), separateBoxes(await readFile(join(outDir, page), 'utf8')));
  }
  return copy;
}

/** Indexes the HTML pages under `outDir` into `outDir/pagefind/`; returns how many pages were indexed. */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const copy = await copyForIndexing(outDir);
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: copy });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
    await rm(copy, { recursive: true, force: true });
  }
}
