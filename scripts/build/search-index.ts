/**
 * The search index, built with Pagefind's Node API. Pagefind makes one index per
 * `<html lang>`, so Chinese pages (lang="zh-CN") get a segmented Chinese index and
 * English pages their own.
 *
 * Pages are added as Astro renders them (scripts/build.ts receives them from
 * src/middleware.ts), so that Pagefind's reading and indexing run beside the build on
 * the other core; `write` then adds any page that was not received (read from disk,
 * so none can be missed) and writes the index.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** KaTeX writes every formula three times (MathML, HTML, source); index none of the copies. */
const EXCLUDE = ['.katex-mathml', '.katex-html', '[data-pagefind-ignore]'];

export interface SearchIndex {
  /** Adds a page; `file` is where it is written, relative to the output folder ("models/resnet/index.html"). */
  add(file: string, html: string): void;
  /** Adds the pages under `outDir` not added yet, writes `outDir/pagefind/`; returns how many pages were indexed and how many came from disk. */
  write(outDir: string): Promise<{ pages: number; fromDisk: number }>;
}

export async function openSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = new Map<string, Promise<void>>();
  const add = (file: string, html: string) => {
    if (added.has(file)) return;
    added.set(
      file,
      index.addHTMLFile({ sourcePath: file, content: html }).then((result) => {
        if (result.errors.length) throw new Error(`Pagefind could not index ${file}: ${result.errors.join('; ')}`);
      }),
    );
  };
  return {
    add,
    async write(outDir) {
      try {
        const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
        const missing = pages.filter((file) => !added.has(file));
        for (const file of missing) add(file, await readFile(join(outDir, file), 'utf8'));
        await Promise.all(added.values());
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        return { pages: added.size, fromDisk: missing.length };
      } finally {
        await pagefind.close();
      }
    },
  };
}
