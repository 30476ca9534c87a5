/**
 * Builds the search index with Pagefind's Node API once the static pages are written.
 * Pagefind makes one index per `<html lang>`, so Chinese pages (lang="zh-CN") get a
 * segmented Chinese index and English pages their own.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** KaTeX writes every formula three times (MathML, HTML, source); index none of the copies. */
const EXCLUDE = ['.katex-mathml', '.katex-html', '[data-pagefind-ignore]'];

export function pagefindSearch(): AstroIntegration {
  return {
    name: 'alphatree:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
