// Formulas render with KaTeX's own stylesheet and fonts, served by the site: the CSS and
// the HTML come from the same KaTeX version, so sub- and superscripts are set smaller
// and the math fonts load.
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-browser';

const site = useSite();

describe('math', () => {
  it('sets scripts smaller than the formula and uses KaTeX fonts from the site', async () => {
    const { page, context } = await site.page();
    const fonts: string[] = [];
    page.on('response', (r) => {
      if (/\.woff2$/.test(r.url())) fonts.push(new URL(r.url()).host);
    });
    await page.goto(site.url('/en/models/resnet/'));
    await page.waitForLoadState('networkidle');
    const sizes = await page.evaluate(() => {
      const script = document.querySelector('.katex .msupsub .mord');
      const base = script?.closest('.katex');
      return script && base ? [parseFloat(getComputedStyle(script).fontSize), parseFloat(getComputedStyle(base).fontSize)] : [];
    });
    expect(sizes).toHaveLength(2);
    expect(sizes[0]!).toBeLessThan(sizes[1]! * 0.8);
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts)).toEqual(new Set([new URL(site.url('/')).host]));
    expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    await context.close();
  });
});
