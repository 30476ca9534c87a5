// axe-core in real Chromium on every page type, both languages, light and dark, and
// with the search dialog open: zero violations of WCAG 2.2 A/AA and best practice.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site-browser';

const site = useSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

const PAGES = ['/', '/models/', '/models/resnet/', '/models/lenet-5/', '/branches/classic-cnn/', '/branches/lightweight/', '/tree/', '/search/?q=', '/datasets/', '/datasets/imagenet/', '/authors/', '/about/', '/no-such-page/'];
const QUERY = { '': encodeURIComponent('卷积'), '/en': 'convolution' } as const;

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags } });
  }, TAGS);
  return result.violations.flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/**
 * Scrolls to the end of the page a screen at a time, as a reader does, and back to the top.
 * On a phone, blocks below the first screen are drawn only as they near the viewport
 * (global.css). Until then a block keeps a guessed height, and when axe asks for the box of a
 * link inside it, Blink lays the link out within that guess: a tall results table then spills
 * over the footer, and axe reports the links it seems to cover. No reader sees that state, so
 * axe runs once every block has been drawn at its own size.
 */
async function readThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, 0);
    await frame();
  });
}

describe('accessibility (axe)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const prefix of ['', '/en']) {
      it(`has no violations on every page type (${prefix || 'zh'}, ${scheme})`, async () => {
        const { page, context } = await site.page({ bypassCSP: true });
        await page.emulateMedia({ colorScheme: scheme });
        const found: string[] = [];
        for (const path of PAGES) {
          await page.goto(site.url(prefix + path + (path.endsWith('?q=') ? QUERY[prefix as keyof typeof QUERY] : '')));
          if (path.startsWith('/search/')) await page.locator('.search-results a').first().waitFor({ timeout: 15_000 });
          found.push(...(await violations(page)).map((v) => `${prefix}${path}: ${v}`));
        }
        await context.close();
        expect(found).toEqual([]);
      });
    }
  }

  it('has no violations with the search dialog open and showing results', async () => {
    for (const prefix of ['', '/en']) {
      const { page, context } = await site.page({ bypassCSP: true });
      await page.goto(site.url(`${prefix}/models/`));
      await page.locator('a.search-button').click();
      const input = page.locator('dialog.search-dialog input[type="search"]');
      await input.fill(prefix ? 'residual' : '残差');
      await page.locator('dialog.search-dialog .search-results a').first().waitFor({ timeout: 15_000 });
      expect(await violations(page)).toEqual([]);
      await context.close();
    }
  });

  // At phone width, formulas and tables that fit a desktop column scroll sideways, and
  // each must take focus for keyboard users to scroll it. There too, the blocks below the
  // first screen are laid out only as they near the viewport (global.css), so axe runs on
  // the page as a reader has scrolled through it.
  it('has no violations on article pages at phone width', async () => {
    const { page, context } = await site.page({ phone: true, bypassCSP: true });
    const found: string[] = [];
    for (const path of ['/branches/classic-cnn/', '/en/branches/classic-cnn/', '/branches/lightweight/', '/models/resnet/', '/en/models/inception-v3/', '/en/models/morphnet/', '/datasets/imagenet/']) {
      await page.goto(site.url(path));
      await readThrough(page);
      found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
    }
    await context.close();
    expect(found).toEqual([]);
  });

  it('has no violations at phone width with the menu open', async () => {
    const { page, context } = await site.page({ phone: true, bypassCSP: true });
    await page.goto(site.url('/en/models/resnet/'));
    await page.locator('button.menu-button').click();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
