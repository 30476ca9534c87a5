// Every model of every branch: both articles, long enough, and a page that links its
// paper and its code; every branch has its overview in both languages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attr, elements, find, pageAt, textOf } from '../support/dist';
import { hanCount, loadModels, wordCount } from '../support/content';

const BRANCHES = readdirSync('content/branches').filter((file) => file.endsWith('.yaml')).map((file) => file.replace(/\.yaml$/, ''));
const models = loadModels();
/** Branches with at least one model: a branch without one is not published yet. */
const published = BRANCHES.filter((branch) => models.some((m) => m.data.branch === branch));

describe('every branch', () => {
  it('holds every model of the content plan: at least 27 in classic CNN and lightweight (issue #3)', () => {
    expect(models.filter((m) => ['classic-cnn', 'lightweight'].includes(m.data.branch)).length).toBeGreaterThanOrEqual(27);
  });

  for (const { id, data } of models) {
    describe(id, () => {
      const zh = `content/articles/zh/${data.branch}/${id}.mdx`;
      const en = `content/articles/en/${data.branch}/${id}.mdx`;

      it('has an article in Chinese (≥ 800 Han characters) and in English (≥ 400 words)', () => {
        expect(existsSync(zh), zh).toBe(true);
        expect(existsSync(en), en).toBe(true);
        expect(hanCount(readFileSync(zh, 'utf8'))).toBeGreaterThanOrEqual(800);
        expect(wordCount(readFileSync(en, 'utf8'))).toBeGreaterThanOrEqual(400);
      });

      it('links its paper and its code on both pages', () => {
        for (const url of [`/models/${id}/`, `/en/models/${id}/`]) {
          const hrefs = find(pageAt(url), (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
          expect(hrefs, url).toContain(data.paper.url);
          expect(hrefs, url).toContain(data.code[0]!.url);
        }
      });

      it('states what a generator samples, from its entry, among the facts on both pages', () => {
        for (const [url, locale] of [[`/models/${id}/`, 'zh'], [`/en/models/${id}/`, 'en']] as const) {
          const facts = find(pageAt(url), (el) => el.tagName === 'dl' && (attr(el, 'class') ?? '').split(' ').includes('facts'))[0]!;
          const text = textOf(facts);
          if (!data.samples) expect(text, url).not.toMatch(/Largest output|最大输出尺寸/);
          else {
            expect(text, url).toContain(data.samples.size.join('×'));
            expect(text, url).toContain(data.samples.data[locale]);
          }
        }
      });
    });
  }

  it('has an overview article in both languages, for each branch with models', () => {
    expect(published).toContain('classic-cnn');
    for (const branch of published) {
      expect(existsSync(`content/articles/zh/${branch}/index.mdx`)).toBe(true);
      expect(existsSync(`content/articles/en/${branch}/index.mdx`)).toBe(true);
    }
  });

  it('is listed on the Branches page with every one of its models, and the menu links that page', () => {
    for (const prefix of ['', '/en']) {
      const page = pageAt(`${prefix}/branches/`);
      const hrefs = find(page, (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
      for (const branch of published) expect(hrefs, `${prefix}/branches/`).toContain(`${prefix}/branches/${branch}/`);
      for (const { id } of models) expect(hrefs, `${prefix}/branches/`).toContain(`${prefix}/models/${id}/`);
      // The menu holds one link for all branches, so that it stays one line as branches are added.
      const menu = find(pageAt(`${prefix}/`), (el) => el.tagName === 'nav' && attr(el, 'id') === 'site-nav')[0]!;
      const menuLinks = [...elements(menu)].filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'));
      expect(menuLinks).toContain(`${prefix}/branches/`);
      expect(menuLinks.filter((href) => href?.startsWith(`${prefix}/branches/`))).toHaveLength(1);
    }
  });
});
