/**
 * The words beside a lineage picture: one row per edge (parent, child, what changed) for
 * the table under the graph, and a one-sentence description for the SVG's `<desc>`.
 */
import { pick, type Locale } from '../i18n';
import type { LineageGraph, LineageNode } from '../lineage';
import { localizePath, routes } from '../urls';

export interface LineageEndpoint {
  id: string;
  /** The model's name in the locale. */
  name: string;
  year: number;
  /** Its page in the locale. */
  href: string;
}

export interface LineageEdgeRow {
  parent: LineageEndpoint;
  child: LineageEndpoint;
  /** What the child changed, in the locale. */
  change: string;
}

function endpoint(node: LineageNode, locale: Locale, base?: string): LineageEndpoint {
  return {
    id: node.id,
    name: pick(node.names, locale),
    year: node.year,
    href: localizePath(routes.model(node.id), locale, base),
  };
}

/** One row per edge, in the graph's edge order. */
export function lineageEdgeRows(graph: LineageGraph, locale: Locale, base?: string): LineageEdgeRow[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.edges.flatMap((e) => {
    const parent = byId.get(e.from);
    const child = byId.get(e.to);
    if (!parent || !child) return [];
    return [{ parent: endpoint(parent, locale, base), child: endpoint(child, locale, base), change: pick(e.change, locale) }];
  });
}

/** "12 models in 3 branches (…), 11 lineage links." in the locale, for the SVG's description. */
export function describeLineage(graph: LineageGraph, locale: Locale): string {
  const names = graph.branches.map((b) => (b.names ? pick(b.names, locale) : b.id));
  const models = graph.nodes.length;
  const links = graph.edges.length;
  if (locale === 'zh') {
    return `${models} 个模型，分属 ${names.length} 个分支（${names.join('、')}），${links} 条演化关系；每条箭头从父模型指向子模型，并注明改动。`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(models, 'model')} in ${plural(names.length, 'branch').replace(/branchs$/, 'branches')} (${names.join(', ')}), ${plural(links, 'lineage link')}; each arrow points from a parent to a child and says what changed.`;
}
