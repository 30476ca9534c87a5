// Every built page: language, title, description, canonical and hreflang alternates.
import { describe, expect, it } from 'vitest';
import { attr, find, htmlPages, textOf } from '../support/dist';

describe('every page', () => {
  const pages = htmlPages();

  it('builds a few dozen pages in both languages', () => {
    expect(pages.filter((p) => p.url.startsWith('/en/')).length).toBeGreaterThan(10);
    expect(pages.filter((p) => !p.url.startsWith('/en/')).length).toBeGreaterThan(10);
  });

  it('has <html lang> zh-CN at the root and en under /en/', () => {
    const wrong = pages.flatMap((page) => {
      const lang = attr(find(page, (el) => el.tagName === 'html')[0]!, 'lang');
      const expected = page.url.startsWith('/en/') ? 'en' : 'zh-CN';
      return lang === expected ? [] : [`${page.file}: lang=${lang}, expected ${expected}`];
    });
    expect(wrong).toEqual([]);
  });

  it('has a title, a description and a canonical URL', () => {
    const missing = pages.flatMap((page) => {
      const title = textOf(find(page, (el) => el.tagName === 'title')[0] ?? ({ nodeName: '#text', value: '' } as never)).trim();
      const description = find(page, (el) => el.tagName === 'meta' && attr(el, 'name') === 'description')[0];
      const canonical = find(page, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')[0];
      return [
        !title && `${page.file}: no <title>`,
        !attr(description ?? ({ attrs: [] } as never), 'content') && `${page.file}: no description`,
        !canonical && `${page.file}: no canonical`,
      ].filter(Boolean);
    });
    expect(missing).toEqual([]);
  });

  it('links to itself in the other language with hreflang alternates', () => {
    const wrong = pages
      .filter((p) => !p.file.startsWith('404'))
      .flatMap((page) => {
        const alternates = find(page, (el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && Boolean(attr(el, 'hreflang')));
        const langs = alternates.map((el) => attr(el, 'hreflang')).sort();
        return langs.join(',') === 'en,x-default,zh-CN' ? [] : [`${page.file}: hreflang ${langs.join(',')}`];
      });
    expect(wrong).toEqual([]);
  });

  it('has a language switch that leads to the same page in the other language', () => {
    const wrong = pages
      .filter((p) => !p.file.startsWith('404'))
      .flatMap((page) => {
        const link = find(page, (el) => el.tagName === 'a' && (attr(el, 'class') ?? '').includes('lang-switch'))[0];
        const href = link && attr(link, 'href');
        const expected = page.url.startsWith('/en/') ? page.url.slice(3) : `/en${page.url}`;
        return href === expected ? [] : [`${page.file}: switch to ${href}, expected ${expected}`];
      });
    expect(wrong).toEqual([]);
  });
});
