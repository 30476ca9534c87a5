// Two builds of the same commit give byte-identical sites: a second, cache-less build
// (--force) into a temporary folder is compared file by file with dist/.
import { execFileSync } from 'node:child_process';
import { buildEnv } from '../support/build-env';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from '../support/dist';
import { afterAll, describe, expect, it } from 'vitest';

function hashes(root: string): Map<string, string> {
  return new Map(listFiles(root).map((file) => [file, createHash('sha256').update(readFileSync(join(root, file))).digest('hex')]));
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
