/**
 * Runs the content check (src/lib/check) during `astro build` and fails the build with
 * the formatted problems, so the build refuses exactly what `npm run check` refuses.
 * The check starts in a worker thread as soon as the config is known and runs beside
 * the build on the other core; its verdict is awaited when the pages are written, before
 * the search index. In `astro dev` the same problems are logged as warnings instead, so
 * an article being written does not stop the preview.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkContent, formatProblems } from '../lib/check';

/** The check in a worker: resolves to the formatted problems ('' when there are none). */
function checkInWorker(root: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.mjs', import.meta.url), { workerData: { root } });
    worker.once('message', (text: string) => {
      resolve(text);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  let building = false;
  let verdict: Promise<string> | undefined;
  return {
    name: 'alphatree:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        // As early as the root is known: the check then overlaps the content sync, when
        // the second core has the least to do (docs/performance.md).
        if (!building) return;
        verdict = checkInWorker(root);
        // Reported in build:done; keep an early failure from being an unhandled rejection.
        verdict.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        const problems = await (verdict ?? checkInWorker(root));
        if (problems) throw new Error(`Content check failed:\n${problems}`);
        logger.info('content check passed');
      },
      'astro:server:start': async ({ logger }) => {
        const problems = await checkContent(root);
        if (problems.length) logger.warn(`content problems (the build will fail on them):\n${formatProblems(problems)}`);
      },
    },
  };
}
