import { runnerImport } from 'vite';
import { cpSync, mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const { module } = await runnerImport('./src/lib/check/index.ts', { root: process.cwd(), configFile: false, logLevel: 'silent' });
const base = 'tests/fixtures/contributions';
for (const c of readdirSync(base)) {
  if (c === 'README.md') continue;
  const dir = mkdtempSync(join(tmpdir(), 'case-'));
  cpSync(join(base, 'good'), dir, { recursive: true });
  cpSync(join(base, c), dir, { recursive: true });
  if (c === 'image-too-large') writeFileSync(join(dir, 'content/articles/en/vision/figure.png'), Buffer.alloc(600 * 1024));
  const p = await module.checkContent(dir);
  console.log(`== ${c}\n${module.formatProblems(p)}`);
  rmSync(dir, { recursive: true });
}
