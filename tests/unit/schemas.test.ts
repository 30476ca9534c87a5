// The schemas reject each kind of bad field with a message naming the field and what
// was expected (the content check adds the file and line; see check.test.ts).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { modelSchema } from '../../src/schemas/model';
import { articleSchema } from '../../src/schemas/article';

const good = parse(readFileSync('content/models/resnet.yaml', 'utf8'));
const issues = (data: unknown) => {
  const result = modelSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const edit = (change: (m: Record<string, any>) => void) => {
  const copy = structuredClone(good);
  change(copy);
  return issues(copy);
};

describe('model schema', () => {
  it('accepts a real entry', () => expect(issues(good)).toEqual([]));
  it('rejects a missing translation', () => expect(edit((m) => delete m.names.en).join()).toMatch(/^names\.en: /));
  it('rejects an http:// link', () => expect(edit((m) => (m.paper.url = 'http://example.org/x')).join()).toMatch(/paper\.url: an https:\/\/ URL/));
  it('rejects a metric without its data set', () => expect(edit((m) => delete m.metrics[0].dataset).join()).toMatch(/metrics\.0\.dataset/));
  it('rejects a metric without its source', () => expect(edit((m) => delete m.metrics[0].source).join()).toMatch(/metrics\.0\.source/));
  it('rejects an unknown protocol, listing the allowed ones', () => expect(edit((m) => (m.metrics[0].protocol = 'best-of-three')).join()).toMatch(/metrics\.0\.protocol: .*single-crop/));
  it('rejects a metric naming a variant the entry does not have', () =>
    expect(edit((m) => (m.metrics[0].variant = 'resnet-9000')).join()).toMatch(/metrics\.0\.variant: one of this entry's variant ids/));
  it('rejects a paper with neither arXiv id nor DOI', () =>
    expect(edit((m) => { delete m.paper.arxiv; delete m.paper.doi; }).join()).toMatch(/paper\.arxiv: a paper needs an arxiv id or a doi/));
  it('rejects a field it does not know (a typo is not silently dropped)', () => expect(edit((m) => (m.yaer = 2015)).join()).toMatch(/yaer|Unrecognized key/));
});

describe('article frontmatter', () => {
  it('belongs to exactly one model or branch and credits an author', () => {
    expect(articleSchema.safeParse({ title: 'x', description: 'y', model: 'resnet', authors: ['ginkgo'] }).success).toBe(true);
    expect(articleSchema.safeParse({ title: 'x', description: 'y', authors: ['ginkgo'] }).success).toBe(false);
    expect(articleSchema.safeParse({ title: 'x', description: 'y', model: 'resnet', authors: [] }).success).toBe(false);
  });
});
