// The whole tree links every model, in both languages; branch pages show their sub-graph.
import { describe, expect, it } from 'vitest';
import { attr, find, pageAt } from '../support/dist';
import { loadModels } from '../support/content';

describe('/tree/', () => {
  const models = loadModels();
  for (const [url, prefix] of [['/tree/', ''], ['/en/tree/', '/en']] as const) {
    it(`${url} links every model`, () => {
      const hrefs = new Set(find(pageAt(url), (el) => el.tagName === 'a').map((a) => attr(a, 'href') ?? attr(a, 'xlink:href')));
      const missing = models.map((m) => `${prefix}/models/${m.id}/`).filter((href) => !hrefs.has(href));
      expect(missing).toEqual([]);
    });
  }

  it('draws the tree as inline SVG with a title and a text alternative', () => {
    const page = pageAt('/en/tree/');
    const svg = find(page, (el) => el.tagName === 'svg' && find({ ...page, root: el } as never, (c) => c.tagName === 'title').length > 0);
    expect(svg.length).toBeGreaterThan(0);
    expect(find(page, (el) => el.tagName === 'details').length).toBeGreaterThan(0);
  });

  it('gives each model page its neighbourhood', () => {
    const hrefs = find(pageAt('/en/models/resnet/'), (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toContain('/en/models/vgg/');
    expect(hrefs).toContain('/en/models/densenet/');
  });
});
