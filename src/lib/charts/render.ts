/**
 * Runs Observable Plot at build time against a linkedom document and returns the SVG
 * as a string, made accessible and theme-aware. Readers' browsers run no JavaScript:
 * the page embeds this markup as it is.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { CHART_COLORS } from './colors';
import { GEOMETRY_ATTRIBUTES, roundNumbersIn } from '../svg-numbers';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface RenderPlotOptions {
  /** Unique on the page; the ids of <title> and <desc> are derived from it. */
  id: string;
  /** Short name of the chart, read first by screen readers. */
  title: string;
  /** What the chart shows, in a sentence or two (the data table is in the page's <details>). */
  desc: string;
  /** Plot's options: marks, scales, size. `document` is supplied here. */
  plot: Plot.PlotOptions;
}

export function renderPlot({ id, title, desc, plot }: RenderPlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  // linkedom implements the subset of the DOM that Plot uses; the cast is only for types.
  const node = Plot.plot({ ...plot, document: document as unknown as Document }) as unknown as Element;
  if (node.tagName.toLowerCase() !== 'svg') {
    throw new Error(`renderPlot(${id}): Plot returned <${node.tagName}>; pass legend: false and no caption so it returns a bare <svg>`);
  }

  // Plot's own <style> hard-codes a white background and a generated class; the site's
  // stylesheet and the inline style below take its place.
  for (const style of [...node.querySelectorAll('style')]) style.remove();
  node.removeAttribute('class');
  node.setAttribute('class', 'chart-svg');
  node.setAttribute('style', `color: ${CHART_COLORS.text}; max-width: 100%; height: auto;`);

  // Plot labels its mark groups (aria-label="rule", ...). Inside role="img" those are
  // never read and axe reports them as prohibited; the title, desc and the text
  // alternative beside the chart carry the meaning.
  for (const el of [...node.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')]) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    el.removeAttribute('aria-hidden');
  }
  // A log axis writes an empty label for each unlabelled minor tick (14 on the
  // accuracy-vs-parameters chart): elements that draw nothing.
  for (const text of [...node.querySelectorAll('text')]) if (!text.textContent?.trim()) text.remove();
  for (const el of [node, ...node.querySelectorAll('*')]) {
    for (const name of GEOMETRY_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) el.setAttribute(name, roundNumbersIn(value, 1));
    }
  }
  node.setAttribute('role', 'img');
  node.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  node.setAttribute('id', id);
  const titleEl = document.createElementNS(SVG_NS, 'title');
  titleEl.setAttribute('id', `${id}-title`);
  titleEl.textContent = title;
  const descEl = document.createElementNS(SVG_NS, 'desc');
  descEl.setAttribute('id', `${id}-desc`);
  descEl.textContent = desc;
  node.prepend(titleEl, descEl);

  return node.outerHTML;
}
