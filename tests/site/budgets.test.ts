// Page budgets over the built site: bytes, scripts, KaTeX only where needed, one origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attr, DIST, find, htmlPages, listFiles, textOf, type Element, type Page } from '../support/dist';
import { showsMath } from '../../src/lib/katex-tokens';

const KB = 1024;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const isStylesheet = (el: Element) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet';
/** A script that runs in the page (JSON-LD is data, not a script). */
const isPageScript = (el: Element) => el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json';
const stylesheets = (page: Page) => find(page, isStylesheet).map((el) => attr(el, 'href')!);
const cssBytes = (href: string) => gz(readFileSync(join(DIST, href)));

describe('page budgets', () => {
  const pages = htmlPages();
  const modelPages = pages.filter((p) => /^\/(en\/)?models\/[^/]+\/$/.test(p.url));

  it('a model page is at most 15 KB of gzipped HTML, diagrams included', () => {
    const over = modelPages
      .map((p) => ({ file: p.file, kb: gz(p.html) / KB }))
      .filter((p) => p.kb > 15)
      .map((p) => `${p.file}: ${p.kb.toFixed(1)} KB`);
    expect(modelPages.length).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  it('a model page loads at most 10 KB of gzipped CSS', () => {
    const over = modelPages
      .map((p) => ({ file: p.file, kb: stylesheets(p).reduce((sum, href) => sum + cssBytes(href), 0) / KB }))
      .filter((p) => p.kb > 10)
      .map((p) => `${p.file}: ${p.kb.toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it('runs no JavaScript before interaction but one inline script under 1 KB', () => {
    const wrong = pages.flatMap((page) => {
      const scripts = find(page, isPageScript);
      const external = scripts.filter((s) => attr(s, 'src'));
      const preloads = find(page, (el) => el.tagName === 'link' && /modulepreload|preload/.test(attr(el, 'rel') ?? '') && attr(el, 'as') !== 'font');
      const inline = scripts.filter((s) => !attr(s, 'src'));
      const inlineBytes = inline.reduce((sum, s) => sum + Buffer.byteLength(textOf(s)), 0);
      return [
        ...external.map((s) => `${page.file}: <script src="${attr(s, 'src')}">`),
        ...preloads.map((l) => `${page.file}: <link rel="${attr(l, 'rel')}" href="${attr(l, 'href')}">`),
        ...(inline.length > 1 ? [`${page.file}: ${inline.length} inline scripts`] : []),
        ...(inlineBytes >= KB ? [`${page.file}: inline script of ${inlineBytes} bytes`] : []),
      ];
    });
    expect(wrong).toEqual([]);
  });

  it('puts the inline script after every stylesheet, so that the parser never finishes before the CSS', () => {
    // A script after a pending stylesheet does not run until the sheet has loaded, and the parser waits
    // with it. Had the parser finished first, the browser would lay out the whole page unstyled.
    const wrong = pages.flatMap((page) => {
      const order = find(page, (el) => isPageScript(el) || isStylesheet(el));
      const lastSheet = order.findLastIndex((el) => el.tagName === 'link');
      const firstScript = order.findIndex((el) => el.tagName === 'script');
      return firstScript !== -1 && firstScript < lastSheet ? [`${page.file}: a stylesheet comes after the inline script`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('loads KaTeX CSS on pages with math and only there', () => {
    const wrong = pages.flatMap((page) => {
      const hasMath = showsMath(page.html);
      const hasKatexCss = stylesheets(page).some((href) => /katex/.test(href));
      return hasMath === hasKatexCss ? [] : [`${page.file}: math ${hasMath}, KaTeX CSS ${hasKatexCss}`];
    });
    expect(pages.some((p) => showsMath(p.html))).toBe(true);
    expect(wrong).toEqual([]);
  });

  it('fetches nothing from another origin: every src, stylesheet, icon and CSS url() is the site’s own', () => {
    const foreign: string[] = [];
    for (const page of pages) {
      for (const el of find(page, (e) => e.tagName !== 'a')) {
        for (const name of ['src', 'srcset', 'href', 'poster', 'data']) {
          const value = attr(el, name);
          if (el.tagName === 'link' && /^(canonical|alternate)$/.test(attr(el, 'rel') ?? '')) continue;
          if (value && /^(https?:)?\/\//.test(value)) foreign.push(`${page.file}: <${el.tagName} ${name}="${value}">`);
        }
      }
    }
    for (const css of listFiles().filter((f) => f.endsWith('.css'))) {
      const text = readFileSync(join(DIST, css), 'utf8');
      for (const m of text.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)) foreign.push(`${css}: url(${m[1]})`);
      for (const m of text.matchAll(/@import\s+(?:url\()?['"]?((?:https?:)?\/\/[^'")]+)/g)) foreign.push(`${css}: @import ${m[1]}`);
    }
    expect(foreign).toEqual([]);
  });
});
