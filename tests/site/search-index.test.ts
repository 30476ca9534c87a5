// The search index is written at build end, one per language, and excludes KaTeX copies.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist';

describe('search index', () => {
  const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
    languages: Record<string, { page_count: number; hash: string }>;
  };

  it('holds a Chinese and an English index, each with pages', () => {
    const langs = Object.keys(entry.languages).sort();
    expect(langs).toEqual(['en', 'zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBeGreaterThan(5);
    expect(entry.languages.en!.page_count).toBeGreaterThan(5);
  });

  it('holds every page that has searchable content, in its language', () => {
    // Pagefind reads the built pages itself (scripts/build/search-index.ts); this proves
    // it takes every page that has a body to index, once.
    const searchable = { 'zh-cn': 0, en: 0 };
    for (const { html } of htmlPages()) {
      if (!html.includes('data-pagefind-body')) continue;
      searchable[/<html[^>]*lang="zh-CN"/.test(html) ? 'zh-cn' : 'en']++;
    }
    expect(searchable['zh-cn']).toBeGreaterThan(20);
    expect(entry.languages['zh-cn']!.page_count).toBe(searchable['zh-cn']);
    expect(entry.languages.en!.page_count).toBe(searchable.en);
  });

  // Pagefind ran table headings and a page's facts together ("ModelYearParameters",
  // "TeamMicrosoft"), and a value and its note ("24.7 %ResNet-50"): the built HTML has no
  // whitespace between tags.
  it('keeps the words of neighbouring cells, facts and headings apart', () => {
    const fragments = readdirSync('dist/pagefind/fragment').map((name) => {
      const raw = gunzipSync(readFileSync(`dist/pagefind/fragment/${name}`));
      return JSON.parse(raw.subarray(raw.indexOf('{')).toString('utf8')) as { url: string; content: string };
    });
    const resnet = fragments.find((f) => f.url === '/en/models/resnet/')!.content;
    expect(resnet).toContain('Team Microsoft Research Asia');
    expect(resnet).toMatch(/Model Year Parameters Top-1 error Top-5 error/);
    // Inside a cell too: a value and its note, a source and its place in the paper, a code
    // link and its framework.
    expect(resnet).toContain('25.6M 25,557,032');
    expect(resnet).toContain('24.7 % ResNet-50');
    expect(resnet).toContain('paper Table 1');
    expect(resnet).toContain('deep-residual-networks Caffe official');
    const runOn = /\b(?:Year|Team|Branch|Paper|paper)(?=[A-Z0-9])\S*|\d[KMB]\d\S*| %(?=[A-Za-z\p{Script=Han}])\S*|(?:PyTorch|Caffe|Torch7|TensorFlow)official/gu;
    const joined = fragments.flatMap((f) => [...f.content.matchAll(runOn)].map((m) => `${f.url}: ${m[0]}`));
    expect(joined).toEqual([]);
  });

  it('ships the browser API the site loads on demand', () => {
    expect(existsSync('dist/pagefind/pagefind.js')).toBe(true);
  });
});
