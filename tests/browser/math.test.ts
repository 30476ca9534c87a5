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
    await context.close();
  });

  // document.fonts.check() is true for a family with no @font-face at all, so it cannot
  // tell a KaTeX face from the system serif it falls back to. This looks at what each
  // glyph-drawing element asks for, and at the faces the page has loaded.
  it('draws every glyph of a formula with a KaTeX face the page has loaded', async () => {
    const { page, context } = await site.page();
    for (const path of ['/en/models/resnet/', '/en/models/morphnet/', '/branches/classic-cnn/']) {
      await page.goto(site.url(path));
      const { used, loaded } = await page.evaluate(async () => {
        await document.fonts.ready;
        const family = (css: string) => css.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
        const drawsText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        const used = [...document.querySelectorAll('.katex-html *')].filter(drawsText).map((el) => family(getComputedStyle(el).fontFamily));
        const loaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => family(f.family));
        return { used: [...new Set(used)].sort(), loaded: [...new Set(loaded)] };
      });
      expect(used.length, path).toBeGreaterThan(0);
      expect(used.filter((f) => !f.startsWith('KaTeX_') || !loaded.includes(f)), `${path}: faces used but not loaded`).toEqual([]);
    }
    await context.close();
  });
});
