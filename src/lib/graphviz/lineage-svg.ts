/**
 * A lineage graph as a finished, themed, accessible SVG string: DOT (dot.ts), laid out
 * by Graphviz (engine.ts), then cleaned for the page (svg.ts). Async only because the
 * WASM module loads asynchronously, once per process.
 */
import type { LineageGraph } from '../lineage';
import { lineageDot, type DotOptions } from './dot';
import { layoutSvg } from './engine';
import { finishSvg } from './svg';

export interface LineageSvgOptions extends DotOptions {
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

export async function renderLineageSvg(graph: LineageGraph, options: LineageSvgOptions): Promise<string> {
  const { title, description, ...dotOptions } = options;
  const { dot, titles, current } = lineageDot(graph, dotOptions);
  const raw = await layoutSvg(dot);
  const idPrefix = `lineage-${hash(`${dot}\n${title}\n${description}`)}`;
  return finishSvg(raw, { title, description, idPrefix, titles, current });
}
