/**
 * Imports a TypeScript module of this repository from a plain Node script.
 *
 * src/ is written for Vite (imports without file extensions, `astro/zod`), which
 * Node's own type stripping cannot resolve, so scripts load it through Vite's module
 * runner, the same resolver Astro and Vitest use. No build step, no extra package.
 */
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} path repository-relative, e.g. "src/lib/check/index.ts" */
export async function importTs(path) {
  const { module } = await runnerImport(`/${path}`, { root: REPO_ROOT, configFile: false, logLevel: 'silent' });
  return module;
}
