/** axe-core in a page of a real browser, for the accessibility tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 A and AA, and axe's best practice. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Has every page of the context start with axe loaded (an init script), so that `violations`
 * need not inject it after each navigation. For tests that walk many pages: injected into a
 * loaded page, the 0.5 MB script took 0.42 s a page, as an init script 0.1 s (21 article
 * pages at 360 px). Needs a context with `bypassCSP`, as injecting does.
 */
export async function loadAxeInEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/** axe's violations on the page as it is: every WCAG 2.2 A/AA and best-practice rule, or only `rules`. */
export async function violations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly });
  }, rules ? { type: 'rule', values: rules } : { type: 'tag', values: TAGS });
  return result.violations.flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/**
 * Scrolls to the end of the page half a screen at a time, as a reader does, and back to the
 * top. On a phone, blocks below the first screen are drawn only as they near the viewport
 * (global.css), so a page is checked twice: as loaded, with those blocks not yet drawn (the
 * state Lighthouse runs axe in), and once every block has been drawn at its own size.
 */
export async function readThrough(page: Page): Promise<void> {
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

