/**
 * Builds the real site once before the `site` tests. Set ALPHATREE_REUSE_DIST=1 to test
 * an existing dist/ (when iterating on tests, after `npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { buildEnv } from './build-env';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.ALPHATREE_REUSE_DIST === '1' && existsSync('dist/index.html')) return;
  execFileSync('node_modules/.bin/astro', ['build'], { stdio: 'inherit', env: buildEnv() });
}
