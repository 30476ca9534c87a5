/**
 * Temporary copies of the project for the bench: the source tree copied, node_modules
 * hard-linked (fast, no extra disk) without the caches that would make a build warm
 * (node_modules/.astro holds the content-layer store, .vite the dependency cache).
 * Every folder made here is removed by `cleanup()`, also on Ctrl-C.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A new empty folder under the system temp dir, removed by cleanup(). */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `alphatree-bench-${label}-`));
  made.add(dir);
  return dir;
}

/** Top-level entries of the project that a build never needs (outputs, caches, history). */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'bench', '.vite']);
const SKIP_IN_NODE_MODULES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/** A copy of the project at `repo` that can be built on its own, without warm caches. */
export function copyProject(repo: string, label: string): string {
  const dir = tempDir(label);
  for (const name of readdirSync(repo)) {
    if (SKIP.has(name)) continue;
    cpSync(join(repo, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(join(repo, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Hard-links every package (cp -al), leaving out the build caches. */
export function linkNodeModules(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  const entries = readdirSync(from).filter((name) => !SKIP_IN_NODE_MODULES.has(name));
  // One cp for all entries; argv stays far below the limit (a few hundred packages).
  execFileSync('cp', ['-al', ...entries.map((e) => join(from, e)), to], { stdio: 'inherit' });
}

/**
 * One commit of the whole copy (the copy leaves .git out): pages show a last-updated
 * date from git as in a real checkout, and the build pays what it pays there to read it.
 */
export function commitAll(dir: string): void {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '--no-verify', '--no-gpg-sign', '-m', 'bench copy');
}

export function cleanup(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

let hooked = false;
/** Removes the temp dirs when the process ends or is interrupted. */
export function cleanupOnExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      cleanup();
      process.exit(130);
    });
  }
}
