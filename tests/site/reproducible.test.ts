// Two builds of the same commit give byte-identical sites: a second, cache-less build
// (--force) into a temporary folder is compared file by file with dist/. The second
// renders the other way (src/integrations/threaded-prerenderer.ts): on one thread with
// Astro's own renderer if dist/ was rendered on several (one per core), else on two; so
// this also proves the threads write what Astro alone writes.
import { runBuild } from '../support/build-site';
import { availableParallelism } from 'node:os';
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
    runBuild(['--force', '--outDir', second], { ALPHATREE_RENDER_THREADS: availableParallelism() > 1 ? '1' : '2' });
    const first = hashes('dist');
    const again = hashes(second);
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 600_000);
});
