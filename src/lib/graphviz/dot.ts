/**
 * DOT source for a lineage graph: one cluster per branch, one node per model (a link to
 * its page in the locale), one edge per parent link carrying what changed. Colours are
 * theme placeholders (see palette.ts); element ids are positional (n0, e0, c0), so the
 * same graph always gives the same DOT.
 */
import type { Locale } from '../i18n';
import { COLON, pick } from '../i18n';
import type { LineageGraph, LineageNode } from '../lineage';
import { localizePath, routes } from '../urls';
import { dotColor, LABEL_BOX, seriesRole, type Role } from './palette';
import { dotString, widthEm, wrapText } from './text';
import { escapeXml } from '../escape';

export interface DotOptions {
  locale: Locale;
  /** The id of the model to emphasise (the page's own model). */
  highlight?: string;
  /**
   * Put what changed on each edge as a visible label, or only in its SVG `<title>` (the
   * table beside the graph always has it). Default: labels up to LABEL_LIMIT edges, since
   * a large graph with every label becomes too big to read.
   */
  edgeLabels?: 'label' | 'title';
  /** Direction of descent: top to bottom (default) or left to right. */
  rankdir?: 'TB' | 'LR';
  /** Draw a box around each branch's models (default: when more than one branch is shown). */
  clusters?: boolean;
  /** Base path for links; defaults to the site's configured base. */
  base?: string;
}

export interface LineageDot {
  dot: string;
  /** The text of each element's SVG `<title>`, by its DOT id. */
  titles: Map<string, string>;
  /** The DOT id of the highlighted node, if it is in the graph. */
  current?: string;
}

const FONT = { node: 14, year: 11, edge: 11, cluster: 12 } as const;
/**
 * Above this many edges, edge labels are off unless asked for. At 22 (the detection
 * branch, with parents from another branch) labels crowded into each other where two
 * edges meet one node; the lightweight branch's 17 read well.
 */
export const LABEL_LIMIT = 20;
const LINE = 1.25;

/**
 * An HTML-like label whose cell width we set, since Graphviz takes CJK characters for
 * narrower than they are. Its box (LABEL_BOX) lets the SVG post-processing centre the text.
 */
function cellLabel(rows: Array<{ lines: string[]; size: number; role: Role }>): Html {
  const width = Math.ceil(Math.max(...rows.flatMap((r) => r.lines.map((l) => widthEm(l) * r.size))) + 6);
  const cells = rows.map(({ lines, size, role }) => {
    const height = Math.ceil(lines.length * size * LINE);
    const text = lines.map(escapeXml).join('<BR/>');
    return `<TR><TD FIXEDSIZE="TRUE" WIDTH="${width}" HEIGHT="${height}"><FONT POINT-SIZE="${size}" COLOR="${dotColor(role)}">${text}</FONT></TD></TR>`;
  });
  return { html: `<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0" BGCOLOR="${LABEL_BOX}">${cells.join('')}</TABLE>>` };
}

/** A Graphviz HTML-like label, written unquoted. */
interface Html {
  html: string;
}

function attrs(list: Record<string, string | number | Html | undefined>): string {
  const parts = Object.entries(list)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? v.html : typeof v === 'number' ? v : dotString(v!)}`);
  return `[${parts.join(', ')}]`;
}

export function lineageDot(graph: LineageGraph, options: DotOptions): LineageDot {
  const { locale, highlight, rankdir = 'TB', base } = options;
  const edgeLabels = options.edgeLabels ?? (graph.edges.length <= LABEL_LIMIT ? 'label' : 'title');
  const clusters = options.clusters ?? graph.branches.length > 1;
  const titles = new Map<string, string>();
  const dotId = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const branchIndex = new Map(graph.branches.map((b) => [b.id, b.index]));
  const branchName = (id: string) => {
    const names = graph.branches.find((b) => b.id === id)?.names;
    return names ? pick(names, locale) : id;
  };
  const colon = COLON[locale];

  const nodeLine = (n: LineageNode): string => {
    const id = dotId.get(n.id)!;
    const name = pick(n.names, locale);
    const sub = n.external ? `${n.year} · ${branchName(n.branch)}` : String(n.year);
    titles.set(id, `${name} (${sub})`);
    const current = n.id === highlight;
    const series = seriesRole(branchIndex.get(n.branch) ?? 0);
    return `${id} ${attrs({
      id,
      class: ['lg-node', n.external && 'lg-external', current && 'lg-current'].filter(Boolean).join(' '),
      URL: localizePath(routes.model(n.id), locale, base),
      label: cellLabel([
        { lines: wrapText(name, 11), size: FONT.node, role: n.external ? 'muted' : 'text' },
        { lines: [sub], size: FONT.year, role: 'muted' },
      ]),
      color: dotColor(current ? 'accent' : n.external ? 'border' : series),
      penwidth: current ? 3 : 1.5,
      style: n.external ? 'rounded,filled,dashed' : 'rounded,filled',
    })};`;
  };

  // newrank: ranks are global, not per cluster, so on the tree a year sits at the same depth
  // in every branch's box (without it each box is ranked on its own and the years drift).
  const lines: string[] = [
    'digraph lineage {',
    `  graph ${attrs({ rankdir, bgcolor: 'transparent', fontname: 'Helvetica', pad: 0.1, nodesep: 0.35, ranksep: 0.5, newrank: 'true', outputorder: 'edgesfirst' })};`,
    `  node ${attrs({ shape: 'box', fontname: 'Helvetica', margin: '0.12,0.06', fillcolor: dotColor('surface'), fontcolor: dotColor('text') })};`,
    `  edge ${attrs({ fontname: 'Helvetica', color: dotColor('muted'), fontcolor: dotColor('muted'), arrowsize: 0.7, penwidth: 1.2 })};`,
  ];
  graph.branches.forEach((b, i) => {
    const members = graph.byBranch.get(b.id) ?? [];
    if (!clusters) return members.forEach((n) => lines.push(`  ${nodeLine(n)}`));
    const id = `c${i}`;
    titles.set(id, branchName(b.id));
    lines.push(`  subgraph cluster_${i} {`);
    lines.push(
      `    graph ${attrs({
        id,
        class: 'lg-branch',
        label: cellLabel([{ lines: [branchName(b.id)], size: FONT.cluster, role: 'muted' }]),
        labeljust: 'l',
        style: 'rounded,dashed',
        color: dotColor(seriesRole(b.index)),
        margin: 12,
      })};`,
    );
    members.forEach((n) => lines.push(`    ${nodeLine(n)}`));
    lines.push('  }');
  });
  graph.edges.forEach((e, i) => {
    const id = `e${i}`;
    const from = graph.nodes.find((n) => n.id === e.from);
    const to = graph.nodes.find((n) => n.id === e.to);
    if (!from || !to) return;
    const change = pick(e.change, locale);
    titles.set(id, `${pick(from.names, locale)} → ${pick(to.names, locale)}${colon}${change}`);
    const label =
      edgeLabels === 'label' ? cellLabel([{ lines: wrapText(change, 14), size: FONT.edge, role: 'muted' }]) : undefined;
    lines.push(`  ${dotId.get(e.from)} -> ${dotId.get(e.to)} ${attrs({ id, class: 'lg-edge', label })};`);
  });
  lines.push('}');
  const current = highlight !== undefined ? dotId.get(highlight) : undefined;
  return { dot: `${lines.join('\n')}\n`, titles, current };
}
