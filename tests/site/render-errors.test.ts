// A page that cannot be rendered fails `npm run build` with the renderer's message,
// which names the file and the field, also when the page was rendered in a worker
// thread (src/integrations/threaded-prerenderer.ts sends the error back to Astro).
// Bad content is normally stopped by the content check; this model reaches rendering
// because the check's verdict is read only when the pages are written.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, copyProject } from '../../scripts/bench/workdir';
import { buildEnv } from '../support/build-env';

describe('a rendering error', () => {
  afterAll(cleanup);

  it('fails the build with the message of the page that could not be rendered', () => {
    const dir = copyProject(process.cwd(), 'render-error');
    const model = join(dir, 'content/models/resnet.yaml');
    writeFileSync(model, readFileSync(model, 'utf8').replace(/^(parents:\n  - id: )[a-z0-9-]+/m, '$1no-such-model'));
    let output = '';
    let failed = false;
    try {
      execFileSync(process.execPath, ['scripts/build.ts'], { cwd: dir, env: buildEnv({ ALPHATREE_RENDER_THREADS: '2' }), stdio: 'pipe', timeout: 300_000 });
    } catch (error) {
      failed = true;
      const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
      output = `${stdout}${stderr}`;
    }
    expect(failed).toBe(true);
    expect(output).toMatch(/Caught error rendering \/\S+: Error: Invalid lineage:\s+content\/models\/resnet\.yaml: parents\[0\]\.id "no-such-model" is not the id of any model/);
    expect(output).not.toMatch(/search index: \d+ pages/);
  }, 300_000);
});
