// The search index is written at build end, one per language, and excludes KaTeX copies.
import { readFileSync, existsSync } from 'node:fs';
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

  it('ships the browser API the site loads on demand', () => {
    expect(existsSync('dist/pagefind/pagefind.js')).toBe(true);
  });
});
