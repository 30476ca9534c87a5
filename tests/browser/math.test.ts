// Formulas render with KaTeX's own stylesheet and fonts, served by the site: the CSS and
// the HTML come from the same KaTeX version, so sub- and superscripts are set smaller
// and the math fonts load.
import { describe, expect, it } from 'vitest';
import { timeoutForPages, useSite } from '../support/site-browser';
import { htmlPages } from '../support/dist';
import { showsMath } from '../../src/lib/katex-tokens';
import { LAYOUT_SHIFT_ALLOWED, layoutShiftAfterLoad } from '../support/layout-shift';
import { platformFontsOfEach } from '../../scripts/bench/platform-fonts';

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

  // The MathML copy of a formula is for screen readers and is never seen. Set at one size,
  // in faces its own font list names, it costs no lookup of its own at load (global.css says
  // why); it must still be there, whole, for a screen reader. Chrome's DevTools protocol
  // tells which system faces drew each element's text: a face the list does not name is one
  // the browser had to search the system for. (The machine needs one of the math faces the
  // list names; README.md, "Set-up".)
  it("sets the screen readers' MathML at one size in faces it names, and keeps it in the accessibility tree", async () => {
    const { page, context } = await site.page();
    for (const path of ['/branches/classic-cnn/', '/en/models/resnet/']) {
      await page.goto(site.url(path));
      const { bodySize, sizes, families, formulas } = await page.evaluate(() => {
        const elements = [...document.querySelectorAll('.katex-mathml math, .katex-mathml math *')];
        const names = (el: Element) => getComputedStyle(el).fontFamily.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
        return {
          bodySize: getComputedStyle(document.body).fontSize,
          sizes: [...new Set(elements.map((el) => getComputedStyle(el).fontSize))],
          families: elements.map(names),
          formulas: document.querySelectorAll('.katex-mathml math').length,
        };
      });
      expect(formulas, path).toBeGreaterThan(0);
      expect(sizes, path).toEqual([bodySize]);
      const drewEach = await platformFontsOfEach(page, '.katex-mathml math, .katex-mathml math *');
      expect(drewEach.length, path).toBe(families.length);
      expect(drewEach.flat().length, `${path}: MathML text drawn`).toBeGreaterThan(0);
      const searched = new Set(drewEach.flatMap((drew, i) => drew.filter((family) => !families[i]!.includes(family))));
      expect([...searched], `${path}: faces the MathML's font list does not name`).toEqual([]);
      const cdp = await context.newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string } }[] };
      const exposed = nodes.filter((n) => !n.ignored && n.role?.value === 'MathMLMath').length;
      expect(exposed, `${path}: formulas in the accessibility tree`).toBe(formulas);
      await cdp.detach();
    }
    await context.close();
  });

  // Without the preloads, the faces came after the first layout, inline math wrapped anew
  // when they did, and the text below moved: 0.13 of layout shift on the English MorphNet
  // page at this size, 0.03 to 0.08 on others. With them, the most measured was 0.0006.
  // At this width nothing is deferred (the phone rule in global.css), so every formula is
  // laid out at load and asks for its faces: the faces asked for are the faces the page uses.
  // Every page with math: the list grows with the content, and so does the time allowed.
  const mathPages = htmlPages().filter((p) => showsMath(p.html)).map((p) => p.url);
  it('moves nothing when the fonts arrive: every math page preloads the KaTeX faces it uses', async () => {
    expect(mathPages.length).toBeGreaterThan(10);
    const { page, context } = await site.page({ viewport: { width: 768, height: 1024 } });
    const problems: string[] = [];
    for (const path of mathPages) {
      await page.goto(site.url(path), { waitUntil: 'load' });
      const shift = await layoutShiftAfterLoad(page);
      const found = await page.evaluate(() => {
        // KaTeX_Size1-Regular.<hash>.woff2 → "KaTeX_Size1 normal 400", KaTeX_Math-BoldItalic… → "KaTeX_Math italic 700".
        const faceOf = (href: string) => {
          const [, family, variant] = /(KaTeX_[A-Za-z0-9]+)-([A-Za-z]+)\./.exec(href) ?? [];
          return `${family} ${variant!.includes('Italic') ? 'italic' : 'normal'} ${variant!.includes('Bold') ? 700 : 400}`;
        };
        const weight = (w: string) => (w === 'bold' ? '700' : w === 'normal' ? '400' : w);
        const preloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((l) => faceOf(l.href));
        const used = [...document.fonts].filter((f) => f.status !== 'unloaded').map((f) => `${f.family.replace(/"/g, '')} ${f.style} ${weight(f.weight)}`);
        return { preloaded, used };
      });
      if (shift > LAYOUT_SHIFT_ALLOWED) problems.push(`${path}: layout shift ${shift.toFixed(4)}`);
      for (const face of found.preloaded) if (!found.used.includes(face)) problems.push(`${path}: preloads ${face}, which no formula uses`);
      for (const face of found.used) if (!found.preloaded.includes(face)) problems.push(`${path}: uses ${face} without preloading it`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, timeoutForPages(mathPages.length));
});
