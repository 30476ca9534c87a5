// Every built page: language, title, description, canonical and hreflang alternates; and what
// a data set's page says of each result.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { attr, elements, find, htmlPages, pageAt, textOf, type Element } from '../support/dist';
import { loadModels } from '../support/content';

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

// A number is only read right with its setting: on a data set's page, as on the model's, each
// result carries its source and its note (LeNet-5's 0.95 % and 0.8 % on MNIST differ only in
// the note: distorted training images).
describe('a data set’s page', () => {
  // Each value as its file writes it ("27.50", where YAML reads 27.5), read from the text.
  const recorded = loadModels().flatMap(({ id, data }) => {
    const written = parseDocument(readFileSync(`content/models/${id}.yaml`, 'utf8')).get('metrics') as YAMLSeq<YAMLMap>;
    return data.metrics.map((metric, i) => ({ model: id, written: (written.items[i]!.get('value', true) as Scalar).source!, ...metric }));
  });
  const datasetPages = htmlPages().filter((p) => /^(\/en)?\/datasets\/[^/]+\/$/.test(p.url));

  it('lists every result with its source and, where recorded, its note', () => {
    expect(datasetPages.length).toBeGreaterThan(50);
    const wrong = datasetPages.flatMap((page) => {
      const locale = page.url.startsWith('/en/') ? 'en' : 'zh';
      const id = page.url.split('/').at(-2)!;
      const expected = recorded.filter((m) => m.dataset === id);
      const rows = find(page, (el) => el.tagName === 'tr' && el.parentNode?.nodeName === 'tbody');
      if (rows.length !== expected.length) return [`${page.file}: ${rows.length} rows, ${expected.length} results recorded`];
      const cards = rows.map((row) => {
        const cells = row.childNodes.filter((c): c is Element => 'tagName' in c);
        return {
          text: cells.map((c) => textOf(c).trim()),
          links: cells.flatMap((c) => [...elements(c)].filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'))),
        };
      });
      // Rows follow the site's order of models, not the files'; each result must have its own row.
      return expected.flatMap((metric) => {
        const row = cards.find(({ text, links }) => text.some((t) => t === metric.written || t.startsWith(`${metric.written}\u00a0`)) && links.includes(metric.source.url) && (!metric.note || text.includes(metric.note[locale])));
        return row ? [] : [`${page.file}: no row with ${metric.model}'s ${metric.written}, a link to ${metric.source.url}${metric.note ? ` and the note "${metric.note[locale]}"` : ''}`];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('writes the setting in the page’s language', () => {
    const setting = (url: string) => textOf(find(pageAt(url), (el) => el.tagName === 'tbody')[0]!);
    expect(setting('/datasets/mnist/')).toContain('测试集，单模型');
    expect(setting('/en/datasets/mnist/')).toContain('test, single model');
  });
});

// A source of no named kind (another group's repository, a results site) is named by where
// it is: its links read "other" / "其他", which said nothing of where they led.
describe('a result’s source', () => {
  it('is named by where it is when it is of no named kind, on model and data-set pages', () => {
    // Links to a URL that is a source of no named kind only (ESRGAN's repository is also ESRGAN's own).
    const sources = loadModels().flatMap(({ data }) => data.metrics.map((m) => m.source));
    const named = new Set(sources.filter((s) => s.kind !== 'other').map((s) => s.url));
    const elsewhere = new Map(
      sources.filter((s) => s.kind === 'other' && !named.has(s.url)).map((s) => [s.url, new URL(s.url).hostname.replace(/^www\./, '')]),
    );
    expect(elsewhere.size).toBeGreaterThan(5);
    const pages = htmlPages().filter((p) => /^(\/en)?\/(models|datasets)\/[^/]+\/$/.test(p.url));
    const seen = new Set<string>();
    const wrong = pages.flatMap((page) =>
      find(page, (el) => el.tagName === 'table' && /\bresults\b/.test(attr(el, 'class') ?? ''))
        .flatMap((table) => [...elements(table)].filter((el) => el.tagName === 'a' && elsewhere.has(attr(el, 'href') ?? '')))
        .flatMap((a) => {
          const href = attr(a, 'href')!;
          seen.add(href);
          const text = textOf(a);
          return text.startsWith(`${elsewhere.get(href)}/`) ? [] : [`${page.file}: the link to ${href} reads "${text}"`];
        }),
    );
    expect(wrong).toEqual([]);
    expect(seen.size, 'sources of no named kind linked from some results table').toBe(elsewhere.size);
  });
});
