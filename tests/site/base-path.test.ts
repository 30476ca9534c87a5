// Published under a base path (GitHub Pages: /<repo>/), every internal link, asset and
// search-index reference carries it and resolves.
import { runBuild } from '../support/build-site';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { attr, elements, htmlFiles } from '../support/dist';

const BASE = '/alphatree/';

describe(`site built with SITE_BASE=${BASE}`, () => {
  const out = mkdtempSync(join(tmpdir(), 'alphatree-base-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('links every page and asset under the base path, and every such link resolves', () => {
    runBuild(['--outDir', out], { SITE_BASE: BASE, SITE_URL: 'https://example.github.io' });
    const wrong: string[] = [];
    for (const file of htmlFiles(out).map((f) => join(out, f))) {
      const html = readFileSync(file, 'utf8');
      if (!html.includes(`data-base="${BASE}"`)) wrong.push(`${relative(out, file)}: <html data-base> is not ${BASE}`);
      for (const el of elements(parse(html))) {
        for (const name of ['href', 'src']) {
          const value = attr(el, name);
          if (!value || !value.startsWith('/') || value.startsWith('//')) continue;
          const where = `${relative(out, file)}: ${value}`;
          if (!value.startsWith(BASE)) {
            wrong.push(`${where} does not start with ${BASE}`);
            continue;
          }
          const path = decodeURIComponent(value.slice(BASE.length).split(/[?#]/)[0]!);
          const target = join(out, path);
          if (!existsSync(target) || (statSync(target).isDirectory() && !existsSync(join(target, 'index.html')))) wrong.push(`${where} leads nowhere`);
        }
      }
    }
    expect(wrong.slice(0, 30)).toEqual([]);
  }, 600_000);
});
