/**
 * The lineage graph of all models, built once per build from the validated entries,
 * and the SVGs drawn from it (each laid out once, then reused by every page that
 * shows it).
 */
import { siteData } from './entries';
import { buildLineage, neighbourhoodGraph, subgraph, type LineageGraph } from '../lib/lineage';
import { describeLineage, lineageEdgeRows, renderLineageSvg, type LineageSvgOptions } from '../lib/graphviz';
import type { Locale } from '../lib/i18n';

let graph: Promise<LineageGraph> | undefined;

export function siteLineage(): Promise<LineageGraph> {
  graph ??= siteData().then((data) => buildLineage(data.models, data.branches));
  return graph;
}

export type LineageView = { kind: 'tree' } | { kind: 'branch'; id: string } | { kind: 'model'; id: string };

const drawn = new Map<string, Promise<{ svg: string; rows: ReturnType<typeof lineageEdgeRows> }>>();

/** The SVG and the text alternative (edge rows) of one view of the lineage, in one locale. */
export function lineageFigure(view: LineageView, locale: Locale, title: string, options: Partial<LineageSvgOptions> = {}) {
  const key = `${view.kind}:${'id' in view ? view.id : ''}:${locale}:${title}`;
  let figure = drawn.get(key);
  if (!figure) {
    figure = siteLineage().then(async (whole) => {
      const part = view.kind === 'tree' ? whole : view.kind === 'branch' ? subgraph(whole, view.id) : neighbourhoodGraph(whole, view.id);
      const svg = await renderLineageSvg(part, {
        locale,
        title,
        description: describeLineage(part, locale),
        highlight: view.kind === 'model' ? view.id : undefined,
        ...options,
      });
      return { svg, rows: lineageEdgeRows(part, locale) };
    });
    drawn.set(key, figure);
  }
  return figure;
}
