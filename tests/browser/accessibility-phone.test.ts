// In real Chromium at phone width (360 px): axe on article pages as loaded and once read
// through; every article page's targets and headings as loaded; axe with the menu open.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { articlePaths, timeoutForPages, useSite } from '../support/site-browser';
import { loadAxeInEveryPage, readThrough, violations } from '../support/axe';

const site = useSite();

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
}

/** The backend ids of a DOM tree's h1 to h6, in document order. */
function headingIds(node: DomNode): number[] {
  const own = /^H[1-6]$/.test(node.nodeName) ? [node.backendNodeId] : [];
  return [...own, ...(node.children ?? []).flatMap(headingIds)];
}

/**
 * The text of each heading a sighted reader could reach (not in a closed <details>) that is
 * not a named heading in Chromium's accessibility tree. Headings are matched by position to
 * the DOM tree DevTools describes, which names each node as the accessibility tree does.
 */
async function headingsNotInAccessibilityTree(tab: Page, cdp: CDPSession): Promise<string[]> {
  const shown = await tab.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => (h.checkVisibility() ? h.textContent!.trim() : null)),
  );
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode };
  const ids = headingIds(root);
  expect(ids.length).toBe(shown.length);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[];
  };
  const heard = new Set(nodes.filter((n) => !n.ignored && n.role?.value === 'heading' && n.name?.value).map((n) => n.backendDOMNodeId));
  return ids.flatMap((id, i) => (shown[i] !== null && !heard.has(id) ? [shown[i]!] : []));
}

// At phone width, formulas and tables that fit a desktop column scroll sideways, and each
// must take focus for keyboard users to scroll it. The blocks below the first screen are laid
// out only as they near the viewport (global.css), so a page is checked as loaded (as
// Lighthouse checks it) and once a reader has scrolled through it.
describe('accessibility at phone width (axe)', () => {
  // One test a page, each within its own time: a single test for seven pages ran 40 s alone
  // and overran two minutes when CI ran it beside the other browser files.
  const pagesToReadThrough = ['/models/', '/en/models/', '/branches/classic-cnn/', '/en/branches/classic-cnn/', '/branches/lightweight/', '/models/resnet/', '/en/models/inception-v3/', '/en/models/morphnet/', '/datasets/imagenet/'];
  it.each(pagesToReadThrough)('has no violations on %s at phone width, as loaded and once read through', async (path) => {
    const { page, context } = await site.page({ phone: true, bypassCSP: true });
    await page.goto(site.url(path));
    const found = (await violations(page)).map((v) => `as loaded: ${v}`);
    await readThrough(page);
    found.push(...(await violations(page)).map((v) => `read through: ${v}`));
    await context.close();
    expect(found).toEqual([]);
  });

  // One walk through every article page as loaded, shared by two checks because it is the
  // slow part (three tabs share the list, which grows with the content):
  // - A block not yet drawn lays its contents out within its guessed height when axe asks for
  //   their boxes; unless it clips them (global.css), its links seem to cover the ones below.
  // - Chromium leaves a block not yet drawn out of what screen readers get: a deferred heading
  //   was an empty heading and a deferred section's headings were missing, so moving by
  //   headings skipped half a model page. Headings are never deferred (global.css).
  const paths = articlePaths();
  it('finds on every article page, as loaded at phone width, every target big enough and uncovered and every heading named in the accessibility tree', async () => {
    const { page: first, context } = await site.page({ phone: true, bypassCSP: true });
    await loadAxeInEveryPage(context);
    const tabs = [first, await context.newPage(), await context.newPage()];
    const found: string[] = [];
    let next = 0;
    await Promise.all(
      tabs.map(async (tab) => {
        const cdp = await context.newCDPSession(tab);
        for (let path = paths[next++]; path !== undefined; path = paths[next++]) {
          await tab.goto(site.url(path));
          found.push(...(await violations(tab, ['target-size'])).map((v) => `${path}: ${v}`));
          const unheard = await headingsNotInAccessibilityTree(tab, cdp);
          if (unheard.length) found.push(`${path}: no heading or an empty one for ${JSON.stringify(unheard)}`);
        }
      }),
    );
    await context.close();
    expect(paths.length).toBeGreaterThan(100);
    expect(found.sort()).toEqual([]);
  }, timeoutForPages(paths.length, 2_000));

  it('has no violations at phone width with the menu open', async () => {
    const { page, context } = await site.page({ phone: true, bypassCSP: true });
    await page.goto(site.url('/en/models/resnet/'));
    await page.locator('button.menu-button').click();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
