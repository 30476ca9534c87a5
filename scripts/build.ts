/**
 * `npm run build`: `astro build`, then the search index, in this small process.
 *
 *   npm run build
 *   node scripts/build.ts --outDir /tmp/site --force     # astro build's options pass through
 *
 * Why not an Astro integration (it was, until the 1,000-article budget of issue 6):
 * - Memory. At `astro:build:done` the build process still held 1.3 to 1.6 GB, and
 *   Pagefind's 0.5 GB (most of it while writing the index) came on top of it: the
 *   build's peak. Run after Astro exits, the two never overlap.
 * - Rolldown's allocator (mimalloc) keeps freed memory until its thread allocates again;
 *   its threads sit idle after bundling, so hundreds of MB stayed resident through
 *   rendering. MIMALLOC_PURGE_DELAY=0 returns it at once (measured: 1.46 → 1.12 GB at
 *   the end of a 1,000-article build; docs/performance.md). It must be set before the
 *   process starts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from './build/search-index.ts';
import { GIT_LOG_FILE, gitLog } from '../src/lib/git-fs.ts';

const REPO = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false });
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : resolve(REPO, 'dist'));

const log = (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [alphatree:build] ${message}`);

/**
 * V8 grows its heap lazily, far past what is live: at the end of the 1,000-article build
 * 420 MB were live in a 740 MB heap. A 1 GB ceiling makes it collect sooner; peak memory
 * fell by 130 to 250 MB at no measured cost in time (docs/performance.md). The live heap
 * grows with the catalogue, so a much larger one can raise the ceiling:
 * NODE_OPTIONS=--max-old-space-size=2048 npm run build.
 */
const HEAP_CEILING = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=1024'];

// The pages' last-updated dates, read here while this process is small (src/lib/git-fs.ts).
const scratch = mkdtempSync(join(tmpdir(), 'alphatree-build-'));
const gitLogFile = join(scratch, 'git-log.txt');
writeFileSync(gitLogFile, gitLog(REPO));

/** Runs `astro build` once: its exit code, or the signal that killed it. */
function astroBuild(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  // The same Node that runs this script (npm's Node 22), as for every other step.
  const astro = spawn(process.execPath, [...HEAP_CEILING, resolve(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    cwd: REPO,
    stdio: 'inherit',
    env: { MIMALLOC_PURGE_DELAY: '0', ...process.env, [GIT_LOG_FILE]: gitLogFile },
  });
  return new Promise((done) => astro.on('close', (code, signal) => done({ code, signal })));
}

let result = await astroBuild();
if (result.signal) {
  // Node 22 now and then aborts while finishing an async module ("Check failed:
  // (location_) != nullptr" in AsyncModuleExecutionFulfilled; nodejs/node#53238, open):
  // seen here once in about ten builds of an unchanged tree. A bad page or bad content
  // ends the build with an exit code, never a signal, so only a crash is tried again.
  log(`astro build was killed by ${result.signal} (a crash of Node itself, not a build error); building once more`);
  result = await astroBuild();
}
const status = result.code ?? 1;
rmSync(scratch, { recursive: true, force: true });
if (status !== 0) process.exit(status);

log(`search index: ${await writeSearchIndex(outDir)} pages`);
