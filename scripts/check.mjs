#!/usr/bin/env node
/**
 * `npm run check`: type-checks the site with `astro check`, then checks the content
 * (schemas, cross-references, lineage, twins, links, images, MDX safety) and prints
 * every problem found, not only the first. Exits 1 when either step finds a problem.
 *
 *   npm run check                      # both steps, on this repository
 *   npm run check -- --content-only    # skip astro check (quick, while writing)
 *   npm run check -- --root <dir>      # check another tree's content/ (implies --content-only)
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importTs, REPO_ROOT } from './load-ts.mjs';

const { values } = parseArgs({
  options: { root: { type: 'string' }, 'content-only': { type: 'boolean', default: false } },
});
const root = values.root ? resolve(values.root) : REPO_ROOT;
let failed = false;

if (!values['content-only'] && !values.root) {
  console.log('astro check: types and Astro components');
  // The same Node that runs this script, so npm's Node 22 is used for astro too.
  const astro = spawnSync(process.execPath, [resolve(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'check'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (astro.status !== 0) {
    failed = true;
    console.error(`astro check failed (exit ${astro.status ?? astro.signal}); the content check runs anyway.\n`);
  }
}

console.log('content check: content/');
const { checkContent, formatProblems } = await importTs('src/lib/check/index.ts');
const problems = await checkContent(root);
if (problems.length) {
  console.error(formatProblems(problems));
  failed = true;
} else console.log(formatProblems(problems));

process.exit(failed ? 1 : 0);
