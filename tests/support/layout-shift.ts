/** How much a page moved while it loaded: the Layout Instability API's sum, read in a real browser. */
import type { Page } from 'playwright-core';

/**
 * The total layout shift of `page` since navigation, once its fonts are in. The browser
 * queues shift entries as frames are drawn; a short wait lets the last ones arrive.
 */
export async function layoutShiftAfterLoad(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return new Promise<number>((resolve) => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve(total), 200);
    });
  });
}

/**
 * At most this much, where a page should not move at all. Not zero: a shift of a few
 * thousandths (a large delimiter's face arriving) is below what a reader can see, and the
 * shifts this guards against measured 0.03 to 0.13 (docs/performance.md, round 6).
 */
export const LAYOUT_SHIFT_ALLOWED = 0.01;
