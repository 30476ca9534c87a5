// The search index is written at build end, one per language, and excludes KaTeX copies.
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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

  it('ships the browser API the site loads on demand', () => {
    expect(existsSync('dist/pagefind/pagefind.js')).toBe(true);
  });
});
