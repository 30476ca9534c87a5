// The content check (src/lib/check) against a corpus of contributions, and the
// scaffolding script against a temporary copy of a content tree.
// Each bad case in tests/fixtures/contributions/ is laid over `good/` (see its README).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems, RULES, type Problem, type Rule } from '../../src/lib/check';
import { headingSlugs } from '../../src/lib/check/headings';
import { parseMdx } from '../../src/lib/check/mdx-source';
import { parseYaml } from '../../src/lib/check/yaml-source';
import { eachNode } from '../../src/lib/check/each-node';
import { parseDocument } from 'yaml';
import { visit } from 'unist-util-visit';
import { contentCheck } from '../../src/integrations/content-check';

const FIXTURES = join(__dirname, '..', 'fixtures', 'contributions');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary tree: good/ with the case's files on top. */
function treeFor(caseName?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'alphatree-check-'));
  temps.push(dir);
  cpSync(join(FIXTURES, 'good'), dir, { recursive: true });
  if (caseName) cpSync(join(FIXTURES, caseName), dir, { recursive: true });
  // Kept out of the repository: a figure over the 500 KB limit.
  if (caseName === 'image-too-large') writeFileSync(join(dir, 'content/articles/en/vision/figure.png'), Buffer.alloc(600 * 1024));
  return dir;
}

/** Each bad case: the rule it breaks, the file and field every problem must name. */
const CASES: Record<string, { rule: Rule; file: string; field?: string; line?: number }> = {
  'yaml-syntax': { rule: 'yaml-syntax', file: 'content/models/gamma-net.yaml', line: 6 },
  'mdx-syntax': { rule: 'mdx-syntax', file: 'content/articles/en/vision/beta-net.mdx', line: 20 },
  'file-name': { rule: 'file-name', file: 'content/models/Gamma_Net.yaml' },
  schema: { rule: 'schema', file: 'content/models/gamma-net.yaml', field: 'year', line: 2 },
  'metric-setting': { rule: 'metric-setting', file: 'content/models/gamma-net.yaml' },
  'unknown-branch': { rule: 'unknown-branch', file: 'content/models/gamma-net.yaml', field: 'branch', line: 1 },
  'unknown-parent': { rule: 'unknown-parent', file: 'content/models/gamma-net.yaml', field: 'parents[0].id', line: 21 },
  'unknown-author': { rule: 'unknown-author', file: 'content/articles/zh/vision/beta-net.mdx', field: 'authors[1]', line: 5 },
  'unknown-dataset': { rule: 'unknown-dataset', file: 'content/models/gamma-net.yaml', field: 'metrics[0].dataset', line: 23 },
  'unknown-model': { rule: 'unknown-model', file: 'content/articles/zh/vision/beta-net.mdx', field: '<ModelLink id>', line: 10 },
  'unknown-variant': { rule: 'unknown-variant', file: 'content/articles/zh/vision/beta-net.mdx', field: '<Params variant>' },
  'unknown-component': { rule: 'unknown-component', file: 'content/articles/en/vision/beta-net.mdx', field: '<Timeline>' },
  'component-prop': { rule: 'component-prop', file: 'content/articles/en/vision/beta-net.mdx', field: '<CompareTable columns>' },
  'unknown-competition': { rule: 'unknown-competition', file: 'content/articles/en/vision/beta-net.mdx', field: '<CompetitionTable id>' },
  'metric-selection': { rule: 'metric-selection', file: 'content/articles/en/vision/beta-net.mdx', field: '<Metric>' },
  'lineage-cycle': { rule: 'lineage-cycle', file: 'content/models/alpha-net.yaml', field: 'parents[0].id' },
  'duplicate-id': { rule: 'duplicate-id', file: 'content/models/gamma-net.yaml', field: 'variants[1].id' },
  'duplicate-heading-id': { rule: 'duplicate-id', file: 'content/articles/en/vision/beta-net.mdx', field: 'heading' },
  'missing-twin': { rule: 'missing-twin', file: 'content/articles/zh/vision/alpha-net.mdx' },
  'twin-mismatch': { rule: 'twin-mismatch', file: 'content/articles/en/vision/alpha-net.mdx' },
  'missing-file': { rule: 'missing-file', file: 'content/authors/oak.yaml', field: 'logo', line: 4 },
  'broken-link': { rule: 'broken-link', file: 'content/articles/zh/vision/beta-net.mdx', field: 'link' },
  'broken-fragment': { rule: 'broken-fragment', file: 'content/articles/en/vision/beta-net.mdx', field: 'link', line: 10 },
  'absent-section': { rule: 'broken-fragment', file: 'content/articles/en/vision/beta-net.mdx', field: 'link', line: 10 },
  'stages-without-repeat': { rule: 'component-prop', file: 'content/articles/en/vision/beta-net.mdx', field: '<Stages model>', line: 34 },
  'broken-image': { rule: 'broken-image', file: 'content/articles/en/vision/beta-net.mdx', field: 'image' },
  'image-alt': { rule: 'image-alt', file: 'content/articles/en/vision/beta-net.mdx', field: 'image', line: 18 },
  'image-too-large': { rule: 'image-size', file: 'content/articles/en/vision/beta-net.mdx', field: 'image' },
  'insecure-link': { rule: 'insecure-link', file: 'content/articles/en/vision/beta-net.mdx', field: 'link' },
  'raw-html-script': { rule: 'raw-html', file: 'content/articles/en/vision/beta-net.mdx', field: '<script>', line: 20 },
  'raw-html-event-handler': { rule: 'raw-html', file: 'content/articles/en/vision/beta-net.mdx', field: '<span onclick>' },
  'mdx-code': { rule: 'mdx-code', file: 'content/articles/en/vision/beta-net.mdx' },
  'code-language': { rule: 'code-language', file: 'content/articles/en/vision/beta-net.mdx', field: 'code fence', line: 20 },
  'straight-quote': { rule: 'straight-quote', file: 'content/articles/en/vision/beta-net.mdx', field: '<ModelLink>', line: 10 },
  'straight-quote-symbol': { rule: 'straight-quote', file: 'content/articles/en/vision/beta-net.mdx', field: 'text', line: 10 },
  'straight-quote-math': { rule: 'straight-quote', file: 'content/articles/en/vision/beta-net.mdx', field: 'math', line: 10 },
  'typed-number': { rule: 'typed-number', file: 'content/articles/en/vision/beta-net.mdx', field: 'text', line: 30 },
  placeholder: { rule: 'placeholder', file: 'content/models/gamma-net.yaml' },
};

describe('the good contribution', () => {
  it('passes with no problem', async () => {
    expect(await checkContent(treeFor())).toEqual([]);
  });
});

describe('each bad contribution fails with its own rule', () => {
  it('has a fixture for every case and a case for every rule', () => {
    const folders = readdirSync(FIXTURES).filter((f) => !f.includes('.') && f !== 'good' && f !== 'many-problems');
    expect(folders.sort()).toEqual(Object.keys(CASES).sort());
    expect(new Set(Object.values(CASES).map((c) => c.rule))).toEqual(new Set(RULES));
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(name, async () => {
      const problems = await checkContent(treeFor(name));
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.rule).toBe(expected.rule);
        expect(p.file).toBe(expected.file);
        expect(p.message).toMatch(/^expected /);
      }
      if (expected.field) expect(problems[0]!.field).toBe(expected.field);
      if (expected.line) expect(problems[0]!.line).toBe(expected.line);
    });
  }
});

describe('a contribution with many problems', () => {
  it('reports all of them in one run, sorted by file and line', async () => {
    const problems = await checkContent(treeFor('many-problems'));
    const summary = problems.map((p: Problem) => `${p.file}:${p.line} ${p.field} ${p.rule}`);
    expect(summary).toEqual([
      'content/articles/zh/vision/beta-net.mdx:5 authors[0] unknown-author',
      'content/articles/zh/vision/beta-net.mdx:20 <script> raw-html',
      'content/articles/zh/vision/beta-net.mdx:33 link broken-link',
      'content/models/gamma-net.yaml:1 branch unknown-branch',
      'content/models/gamma-net.yaml:17 code[0].url insecure-link',
      'content/models/gamma-net.yaml:23 metrics[0].dataset unknown-dataset',
      'content/models/gamma-net.yaml:28 parents[0].id unknown-parent',
    ]);
  });

  it('formats each problem with file:line, field, expectation and rule', async () => {
    const text = formatProblems(await checkContent(treeFor('many-problems')));
    expect(text).toContain('content/models/gamma-net.yaml:28  parents[0].id: expected the id of a model in content/models/ (found "omega-net"');
    expect(text).toContain('[unknown-parent]');
    expect(text.split('\n').at(-1)).toBe('7 problems in 2 files');
  });
});

/** What a contributor does after `npm run new`: replace every ✎ value with real text. */
function fillPlaceholders(root: string): void {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
  for (const file of walk(join(root, 'content')).filter((f) => /\.(ya?ml|mdx)$/.test(f))) {
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => {
        const comment = file.endsWith('.mdx') ? -1 : line.search(/(^|\s)#/);
        return comment === -1 ? line.replace(/✎ ?/g, '') : line.slice(0, comment).replace(/✎ ?/g, '') + line.slice(comment);
      })
      .join('\n')
      .replace(/0000\.00000/g, '1234.56789');
    writeFileSync(file, text);
  }
}

describe('npm run new', () => {
  const run = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(__dirname, '../../scripts/new.mjs'), '--root', root, ...args], { encoding: 'utf8' });

  it('scaffolds a model with its two articles, an author and a branch overview that pass the check once the ✎ placeholders are filled', async () => {
    const root = treeFor();
    expect(run(root, 'model', 'gamma-net', '--branch', 'vision', '--name', 'Gamma Net', '--year', '2015').status).toBe(0);
    expect(run(root, 'author', 'oak', '--zh', '橡树', '--en', 'Oak').status).toBe(0);
    expect(run(root, 'article', '--model', 'alpha-net', '--author', 'oak').status).toBe(0);
    expect(run(root, 'article', '--branch', 'vision').status).toBe(0);
    for (const file of [
      'content/models/gamma-net.yaml',
      'content/articles/zh/vision/gamma-net.mdx',
      'content/articles/en/vision/gamma-net.mdx',
      'content/authors/oak.yaml',
      'content/authors/oak.svg',
      'content/articles/zh/vision/alpha-net.mdx',
      'content/articles/en/vision/index.mdx',
    ])
      expect(existsSync(join(root, file)), file).toBe(true);
    // Unfilled, the templates are stubs: every remaining problem is a placeholder to fill.
    const unfilled = await checkContent(root);
    expect(unfilled.length).toBeGreaterThan(0);
    expect(unfilled.filter((p) => p.rule !== 'placeholder')).toEqual([]);
    fillPlaceholders(root);
    expect(await checkContent(root)).toEqual([]);
  });

  it('refuses an existing id and leaves the file alone', () => {
    const root = treeFor();
    const file = join(root, 'content/models/beta-net.yaml');
    const before = readFileSync(file, 'utf8');
    const result = run(root, 'model', 'beta-net', '--branch', 'vision');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/models/beta-net.yaml');
    expect(result.stderr).toMatch(/already exist/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(run(root, 'author', 'fern').status).toBe(1);
  });

  it('refuses an unknown branch, naming the known ones, and writes nothing', () => {
    const root = treeFor();
    const result = run(root, 'model', 'delta-net', '--branch', 'visoin');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Unknown branch "visoin"');
    expect(result.stderr).toContain('Known branches: vision');
    expect(existsSync(join(root, 'content/models/delta-net.yaml'))).toBe(false);
  });

  it('refuses a malformed id and a second article for the same model', () => {
    const root = treeFor();
    expect(run(root, 'model', 'Delta_Net', '--branch', 'vision').stderr).toMatch(/not a valid id/);
    expect(run(root, 'article', '--model', 'beta-net').stderr).toMatch(/already has an article/);
  });
});

describe('heading ids', () => {
  it('are the ids Astro 7 gives MDX headings (after SmartyPants and KaTeX)', () => {
    // Expected values read from the HTML of a real `astro build` with this site's
    // markdown settings (remark-gfm, remark-math, rehype-katex htmlAndMathml).
    const tree = parseMdx(
      ['## 关键思想 $F(x)+x$', '## What\'s new -- "x"', '## What\'s new -- "x"', '## Code `a_b` and **bold** and <abbr>HTML</abbr>', '## Sum $\\sum_{i=1}^n x_i$ here'].join('\n\n'),
    ).tree!;
    expect([...headingSlugs(tree)]).toEqual([
      '关键思想-fxxfxxfxx',
      'whats-new--x',
      'whats-new--x-1',
      'code-a_b-and-bold-and-html',
      'sum-i1nxisum_i1n-x_ii1nxi-here',
    ]);
  });
});

describe('reading the sources', () => {
  const REPO = join(__dirname, '..', '..');
  const sources = readdirSync(join(REPO, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ya?ml|mdx)$/.test(f))
    .map((f) => readFileSync(join(REPO, 'content', f), 'utf8'))
    .map((text) => text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? text);

  it('gives the same data with js-yaml as the yaml package (which gives the lines) on all content', () => {
    expect(sources.length).toBeGreaterThan(90);
    for (const text of sources) expect(parseYaml(text).data).toEqual(parseDocument(text).toJS());
  });

  it('reports YAML errors, a repeated key among them, at their lines', () => {
    expect(parseYaml('id: a\nid: b\n').errors).toEqual([{ line: 2, message: expect.stringMatching(/unique/i) }]);
    expect(parseYaml('id: [a\n', 3).errors[0]!.line).toBeGreaterThanOrEqual(4);
    const source = parseYaml('id: a\nmetrics:\n  - dataset: x\n    value: 1\n');
    expect(source.lineOf(['metrics', 0, 'value'])).toBe(4);
  });

  it('walks an MDX tree in the order unist-util-visit does', () => {
    for (const text of readdirSync(join(REPO, 'content', 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).slice(0, 20)) {
      const tree = parseMdx(readFileSync(join(REPO, 'content', 'articles', text), 'utf8')).tree!;
      const ours: unknown[] = [];
      const theirs: unknown[] = [];
      eachNode(tree, (node) => void ours.push(node));
      visit(tree, (node) => void theirs.push(node));
      expect(ours.length).toBe(theirs.length);
      expect(ours.every((node, i) => node === theirs[i])).toBe(true);
    }
  });
});

describe('the Astro integration', () => {
  type Hook = (options: unknown) => Promise<void> | void;
  const start = async (root: string) => {
    const { hooks } = contentCheck();
    const logger = { info() {}, warn() {} };
    await (hooks['astro:config:setup'] as Hook)({ command: 'build' });
    // The check starts as soon as the root is known and its verdict is awaited once pages are written.
    await (hooks['astro:config:done'] as Hook)({ config: { root: pathToFileURL(`${root}/`) } });
    return (hooks['astro:build:done'] as Hook)({ logger });
  };

  it('fails the build with the formatted problems', async () => {
    await expect(start(treeFor('many-problems'))).rejects.toThrow(/Content check failed:[\s\S]*\[unknown-parent\][\s\S]*7 problems in 2 files/);
  });

  it('lets a good tree build', async () => {
    await expect(start(treeFor())).resolves.toBeUndefined();
  });
});
