// Every internal link and #fragment in the built site leads somewhere.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, DIST, elements, htmlPages, type Page } from '../support/dist';

function targetFile(pathname: string): string | undefined {
  const file = join(DIST, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

const idsByUrl = new Map<string, Set<string>>();
function idsOf(page: Page): Set<string> {
  let ids = idsByUrl.get(page.url);
  if (!ids) {
    ids = new Set([...elements(page.root)].map((el) => attr(el, 'id')).filter((id): id is string => Boolean(id)));
    idsByUrl.set(page.url, ids);
  }
  return ids;
}

describe('internal links', () => {
  const pages = htmlPages();
  const byUrl = new Map(pages.map((p) => [p.url, p]));

  it('every href and src on the site resolves, fragments included', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const el of elements(page.root)) {
        for (const name of ['href', 'src', 'xlink:href']) {
          const value = attr(el, name);
          if (!value || /^(https?:|mailto:|data:)/.test(value)) continue;
          const url = new URL(value, `http://site${page.url}`);
          if (url.host !== 'site') continue;
          if (!targetFile(url.pathname)) {
            broken.push(`${page.file}: <${el.tagName} ${name}="${value}"> leads nowhere`);
            continue;
          }
          if (url.hash) {
            const target = byUrl.get(url.pathname);
            const id = decodeURIComponent(url.hash.slice(1));
            if (target && !idsOf(target).has(id)) broken.push(`${page.file}: ${value}: no element with id "${id}"`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('external links open without leaking the opener or the referrer', () => {
    const wrong = pages.flatMap((page) =>
      [...elements(page.root)]
        .filter((el) => el.tagName === 'a' && /^https?:/.test(attr(el, 'href') ?? ''))
        .filter((el) => !/noopener/.test(attr(el, 'rel') ?? '') || !/noreferrer/.test(attr(el, 'rel') ?? ''))
        .map((el) => `${page.file}: ${attr(el, 'href')}`),
    );
    expect(wrong).toEqual([]);
  });
});
