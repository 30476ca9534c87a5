/**
 * `npm run build`: `astro build`, then the steps that work on the written pages (the
 * search index, the KaTeX CSS purge) in this small process, once Astro's has exited.
 *
 *   npm run build
 *   node scripts/build.ts --outDir /tmp/site --force     # astro build's options pass through
 *
 * Why not Astro integrations (they were, until the 1,000-article budget of issue 6):
 * - Memory. At `astro:build:done` the build process still holds 1.3 to 1.6 GB, and
 *   Pagefind's process adds 0.5 GB on top: the build's peak. Run after Astro exits,
 *   the two never overlap. Pagefind's own docs run it this way, after the generator.
 * - Time. Pagefind (its own process) and the purge (JavaScript) run side by side.
 * - Rolldown's allocator (mimalloc) keeps freed memory until its thread allocates again;
 *   its threads sit idle after bundling, so hundreds of MB stayed resident through
 *   rendering. MIMALLOC_PURGE_DELAY=0 returns it at once (measured: 1.46 → 1.12 GB at
 *   the end of a 1,000-article build; docs/performance.md).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from './build/search-index.ts';
import { purgeKatexCss } from './build/katex-css-purge.ts';

const REPO = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false });
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : resolve(REPO, 'dist'));

const log = (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [alphatree:build] ${message}`);

// The same Node that runs this script (npm's Node 22), as for every other step.
const astro = spawnSync(process.execPath, [resolve(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
  cwd: REPO,
  stdio: 'inherit',
  env: { MIMALLOC_PURGE_DELAY: '0', ...process.env },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

const [pages, sheets] = await Promise.all([buildSearchIndex(outDir), purgeKatexCss(outDir)]);
log(`search index: ${pages} pages; KaTeX CSS: ${sheets} stylesheet(s) trimmed to the rules the pages use`);
