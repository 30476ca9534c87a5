/**
 * A lineage graph as a finished, themed, accessible SVG string: DOT (dot.ts), laid out
 * by Graphviz (engine.ts), then cleaned for the page (svg.ts). Async only because the
 * WASM module loads asynchronously, once per process.
 */
import type { LineageGraph } from '../lineage';
import { lineageDot, type DotOptions } from './dot';
import { layoutSvg } from './engine';
import { finishSvg } from './svg';

export interface LineageSvgOptions extends Omit<DotOptions, 'rankdir'> {
  /**
   * Top to bottom, left to right, or `narrower`: whichever of the two lays this graph out
   * narrower. A page column scrolls down, not across: a graph of a few long chains is
   * narrow drawn top to bottom, one of many short ones drawn left to right.
   */
  rankdir?: DotOptions['rankdir'] | 'narrower';
  /** The SVG's `<title>`, e.g. "The lineage of ResNet". */
  title: string;
  /** The SVG's `<desc>`; `describeLineage(graph, locale)` gives a sentence. */
  description: string;
}

/** FNV-1a, base 36: a short id that depends only on the input (no counters, no randomness). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The laid-out drawing's width (Graphviz writes `width="123pt"` on the root). */
const widthOf = (raw: string): number => Number(raw.match(/<svg width="([\d.]+)pt"/)?.[1] ?? Infinity);

export async function renderLineageSvg(graph: LineageGraph, options: LineageSvgOptions): Promise<string> {
  const { title, description, rankdir = 'TB', ...dotOptions } = options;
  const directions = rankdir === 'narrower' ? (['TB', 'LR'] as const) : [rankdir];
  const layouts = await Promise.all(
    directions.map(async (direction) => {
      const laid = lineageDot(graph, { ...dotOptions, rankdir: direction });
      return { ...laid, raw: await layoutSvg(laid.dot) };
    }),
  );
  // On a tie, the first: top to bottom.
  const { dot, titles, current, raw } = layouts.reduce((best, next) => (widthOf(next.raw) < widthOf(best.raw) ? next : best));
  const idPrefix = `lineage-${hash(`${dot}\n${title}\n${description}`)}`;
  return finishSvg(raw, { title, description, idPrefix, titles, current });
}
