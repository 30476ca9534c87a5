/**
 * Which installed fonts Chromium drew an element's text in, as its DevTools protocol
 * reports them (`CSS.getPlatformFontsForNode`). A face the element's font list does not
 * name is one the browser found by searching the system. Used by the bench's Chinese-font
 * check and by the browser tests (Chinese text, the formulas' MathML).
 */
import type { Page } from 'playwright-core';

/** The installed font families Chromium drew the text of the first element matching `selector` in, as it reports them (DevTools protocol). */
export async function platformFonts(page: Page, selector: string): Promise<string[]> {
  const [fonts] = await platformFontsOfEach(page, selector, 1);
  if (!fonts) throw new Error(`platformFonts: no element matches ${selector}`);
  return fonts;
}

/** The same for each element matching `selector` (the text it holds itself), in document order; at most `limit` elements. */
export async function platformFontsOfEach(page: Page, selector: string, limit = Infinity): Promise<string[][]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const each: string[][] = [];
    for (const nodeId of nodeIds.slice(0, limit)) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      each.push(fonts.map((font) => font.familyName));
    }
    return each;
  } finally {
    await cdp.detach();
  }
}
