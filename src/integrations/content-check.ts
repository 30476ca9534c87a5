/**
 * Runs the content check (src/lib/check) during `astro build` and fails the build with
 * the formatted problems, so the build refuses exactly what `npm run check` refuses.
 * The check starts in a low-priority process as soon as the config is known and runs
 * beside the build; its verdict is awaited when the pages are written, before
 * the search index. In `astro dev` the same problems are logged as warnings instead, so
 * an article being written does not stop the preview.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { checkContent, formatProblems } from '../lib/check';

/**
 * The check in a process of the lowest priority (nice 19): on a machine the build keeps
 * busy it runs in the gaps the build leaves, instead of taking a core from the bundler
 * (docs/performance.md). Resolves to the formatted problems ('' when there are none).
 */
function checkInBackground(root: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./content-check-process.mjs', import.meta.url)), [root], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    if (child.pid) setPriority(child.pid, constants.priority.PRIORITY_LOW);
    let verdict: string | undefined;
    child.once('message', (text: string) => (verdict = text));
    child.once('error', reject);
    child.once('exit', (code) => (verdict === undefined ? reject(new Error(`content check: the check process exited with code ${code}`)) : resolve(verdict)));
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
        // As early as the root is known, so that it has the whole build to finish in.
        if (!building) return;
        verdict = checkInBackground(root);
        // Reported in build:done; keep an early failure from being an unhandled rejection.
        verdict.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        const problems = await (verdict ?? checkInBackground(root));
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
