// Lineage graphs as Chromium draws them: Graphviz lays labels out by our width estimates,
// so only the drawn boxes show whether an edge's label covers another label, a model's
// box or a branch's border, or whether a name runs out of its box.
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist';
import { timeoutForPages, useSite } from '../support/site-browser';

const site = useSite();

/** Every page with a lineage graph whose edges carry visible labels, and both tree pages. */
const paths = htmlPages()
  .filter((p) => /^\/(en\/)?(branches\/[^/]+|tree)\/$/.test(p.url) && p.html.includes('class="lineage-graph"'))
  .map((p) => p.url);

describe('lineage drawings', () => {
  it('draw no label over another, over a model or across a branch’s border, and keep each name in its box', async () => {
    const { page, context } = await site.page();
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(site.url(path));
      const problems = await page.evaluate(() => {
        type Box = { name: string; r: DOMRect };
        const union = (els: Element[]): DOMRect => {
          const rs = els.map((e) => e.getBoundingClientRect());
          const left = Math.min(...rs.map((r) => r.left));
          const top = Math.min(...rs.map((r) => r.top));
          return new DOMRect(left, top, Math.max(...rs.map((r) => r.right)) - left, Math.max(...rs.map((r) => r.bottom)) - top);
        };
        // Overlap of more than a pixel each way; anti-aliasing and rounding touch at the edges.
        const overlap = (a: DOMRect, b: DOMRect) =>
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        const within = (a: DOMRect, b: DOMRect) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
        const out: string[] = [];
        for (const svg of document.querySelectorAll('.lineage-graph svg')) {
          const labels: Box[] = [...svg.querySelectorAll('g.lg-edge')]
            .filter((g) => g.querySelector('text'))
            .map((g) => ({ name: `label “${g.querySelector('title')?.textContent}”`, r: union([...g.querySelectorAll('text')]) }));
          const nodes: Box[] = [...svg.querySelectorAll('g.lg-node')].map((g) => {
            const name = `node “${[...g.querySelectorAll('text')].map((t) => t.textContent).join(' ')}”`;
            const box = g.querySelector('rect, path, polygon')!.getBoundingClientRect();
            if (!within(union([...g.querySelectorAll('text')]), box)) out.push(`${name} runs out of its box`);
            return { name, r: box };
          });
          const borders: Box[] = [...svg.querySelectorAll('g.lg-branch')].map((g) => ({
            name: `border of “${g.querySelector('text')?.textContent}”`,
            r: g.querySelector('rect, path, polygon')!.getBoundingClientRect(),
          }));
          labels.forEach((label, i) => {
            for (const other of [...labels.slice(i + 1), ...nodes]) if (overlap(label.r, other.r)) out.push(`${label.name} covers ${other.name}`);
            for (const border of borders) if (overlap(label.r, border.r) && !within(label.r, border.r)) out.push(`${label.name} crosses the ${border.name}`);
          });
        }
        return out;
      });
      found.push(...problems.map((p) => `${path}: ${p}`));
    }
    await context.close();
    expect(paths.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  }, timeoutForPages(paths.length));
});
