// /api/models.json and /api/branches.json carry every entry with its facts and page URLs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageAt } from '../support/dist';

const modelIds = readdirSync('content/models').map((f) => f.replace(/\.yaml$/, '')).sort();
const branchIds = readdirSync('content/branches').map((f) => f.replace(/\.yaml$/, '')).sort();

describe('open data', () => {
  const models = JSON.parse(readFileSync('dist/api/models.json', 'utf8')).models as { id: string; url: { zh: string; en: string }; paper: { title: string } }[];
  const branches = JSON.parse(readFileSync('dist/api/branches.json', 'utf8')).branches as { id: string; url: { zh: string; en: string } }[];

  it('lists every model and every branch', () => {
    expect(models.map((m) => m.id).sort()).toEqual(modelIds);
    expect(branches.map((b) => b.id).sort()).toEqual(branchIds);
  });

  it('gives each entry the URLs of its pages, which exist', () => {
    for (const m of models) {
      expect(m.url.zh).toBe(`/models/${m.id}/`);
      expect(m.url.en).toBe(`/en/models/${m.id}/`);
      expect(() => pageAt(m.url.zh)).not.toThrow();
      expect(() => pageAt(m.url.en)).not.toThrow();
      expect(m.paper.title.length).toBeGreaterThan(0);
    }
    for (const b of branches) expect(() => pageAt(b.url.en)).not.toThrow();
  });
});
