// The site renders articles with Sätteri (src/markdown/processor.ts) because it is ten
// times faster than the unified pipeline. The issue accepts another engine only with
// proof that the pages come out the same on the real content: this builds the site a
// second time with the unified pipeline (remark-gfm, remark-math, rehype-katex, ...)
// and compares every page with dist/ as parsed DOM.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build-site';
import { htmlPages } from '../support/dist';
import { compareDists, type OutputDiff } from '../../scripts/bench/same-output';

describe('Sätteri renders every page as the unified pipeline does', () => {
  const reference = mkdtempSync(join(tmpdir(), 'alphatree-unified-'));
  let diff: OutputDiff;
  afterAll(() => rmSync(reference, { recursive: true, force: true }));

  beforeAll(() => {
    runBuild(['--outDir', reference], { ALPHATREE_MARKDOWN: 'unified' });
    diff = compareDists(reference, 'dist');
  }, 600_000);

  it('builds the same pages', () => {
    expect(diff.onlyInA).toEqual([]);
    expect(diff.onlyInB).toEqual([]);
    expect(diff.files).toBeGreaterThan(50);
  });

  it('renders each of them the same: text, tables, footnotes, math, links, highlighted code', () => {
    // On failure this shows the first difference of each page, unified first.
    expect(diff.differing.map((d) => `${d.file}\n  unified: …${d.a}…\n  sätteri: …${d.b}…`)).toEqual([]);
  });

  it('compared pages that have what the two engines could disagree on', () => {
    const articles = htmlPages().map((page) => page.html).filter((html) => html.includes('class="prose'));
    const count = (pattern: RegExp) => articles.filter((html) => pattern.test(html)).length;
    expect(articles.length).toBeGreaterThan(50);
    expect(count(/<table/)).toBeGreaterThan(10);
    expect(count(/data-footnotes/)).toBeGreaterThanOrEqual(2);
    expect(count(/class="katex-display"/)).toBeGreaterThan(10);
    expect(count(/class="katex"/)).toBeGreaterThan(10);
    expect(count(/rel="noopener noreferrer"/)).toBeGreaterThan(10);
    expect(count(/[‘’“”]/)).toBeGreaterThan(10);
    expect(count(/<span class="tok-keyword">/)).toBeGreaterThan(10);
  });

  it('really came from two engines (the bytes differ where the DOM does not)', () => {
    const byteDiffering = htmlPages().filter((page) => page.html !== readFileSync(join(reference, page.file), 'utf8'));
    expect(byteDiffering.length).toBeGreaterThan(0);
  });
});
