// Two builds of the same commit give byte-identical sites: a second, cache-less build
// (--force) into a temporary folder is compared file by file with dist/.
import { execFileSync } from 'node:child_process';
import { buildEnv } from '../support/build-env';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function hashes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

describe('reproducible build', () => {
  const second = mkdtempSync(join(tmpdir(), 'alphatree-repro-'));
  afterAll(() => rmSync(second, { recursive: true, force: true }));

  it('writes the same bytes to every file when built again from scratch', () => {
    execFileSync('node_modules/.bin/astro', ['build', '--force', '--outDir', second], {
      stdio: 'ignore',
      env: buildEnv(),
      timeout: 600_000,
    });
    const first = hashes('dist');
    const again = hashes(second);
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 600_000);
});
