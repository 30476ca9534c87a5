/**
 * Builds the real site once before the `site` tests. Set ALPHATREE_REUSE_DIST=1 to test
 * an existing dist/ (when iterating on tests, after `npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildEnv } from './build-env';

/**
 * Runs `npm run build` (scripts/build.ts: astro build, then the search index) with
 * astro build's options, e.g. ['--outDir', dir], and extra environment variables.
 */
export function runBuild(args: string[] = [], env: Record<string, string> = {}, quiet = true): void {
  execFileSync(process.execPath, ['scripts/build.ts', ...args], {
    stdio: quiet ? 'ignore' : 'inherit',
    env: buildEnv(env),
    timeout: 600_000,
  });
}

export default function setup(): void {
  if (process.env.ALPHATREE_REUSE_DIST === '1' && existsSync('dist/index.html')) return;
  runBuild([], {}, false);
}
