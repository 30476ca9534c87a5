/**
 * Runs the content check (src/lib/check) when `astro build` starts, and fails the build
 * with the formatted problems, so the build refuses exactly what `npm run check`
 * refuses. In `astro dev` the same problems are logged as warnings instead, so an
 * article being written does not stop the preview.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/check';

export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'alphatree:content-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        const problems = await checkContent(root);
        if (problems.length) throw new Error(`Content check failed:\n${formatProblems(problems)}`);
        logger.info('content check passed');
      },
      'astro:server:start': async ({ logger }) => {
        const problems = await checkContent(root);
        if (problems.length) logger.warn(`content problems (the build will fail on them):\n${formatProblems(problems)}`);
      },
    },
  };
}
