/**
 * Turns the SVG Graphviz writes into one fit for the page: no prolog or comments, no
 * fixed size (the viewBox stays, so it scales), a title and a description it is labelled
 * by, `<title>`s that say something, theme variables instead of colours, rounded boxes as
 * `<rect>` (rounded-box.ts), plain `href` links and no Graphviz ids (two graphs on one
 * page must not collide). Graphviz writes one element per line, which is what this relies
 * on; the output is a pure function of the input.
 */
import { colorClass, LABEL_BOX, roleOf } from './palette';
import { escapeXml } from '../escape';
import { roundNumbersIn } from '../svg-numbers';
import { roundedBoxAsRect } from './rounded-box';

export interface FinishOptions {
  title: string;
  description: string;
  /** Prefix of the ids of the title and description, unique on the page. */
  idPrefix: string;
  /** Text of each element's `<title>`, by the id given to it in the DOT. */
  titles: ReadonlyMap<string, string>;
  /** The DOT id of the node that is the current page (its link gets aria-current). */
  current?: string;
  /**
   * ARIA role of the `<svg>`. `group` by default: `img` would hide the node links from
   * screen readers (an image's children are presentational).
   */
  role?: 'group' | 'img';
}

/** Graphviz leaves text left-aligned by its own width estimate; centre it on its label box. */
interface Box {
  minX: number;
  maxX: number;
}

function boxOf(points: string): Box {
  const xs = points.trim().split(/\s+/).map((p) => Number(p.split(',')[0]));
  return { minX: Math.min(...xs), maxX: Math.max(...xs) };
}

const round = (n: number) => String(Math.round(n * 100) / 100);

/** fill/stroke attributes -> the drawing colour classes (palette.ts); text always gets a fill. */
function themeColours(tag: string): string {
  const classes: string[] = [];
  let out = tag.replace(/ (fill|stroke)="([^"]*)"/g, (_, prop: 'fill' | 'stroke', value: string) => {
    const role = roleOf(value);
    if (role === 'none') return ` ${prop}="none"`;
    classes.push(colorClass(prop, role));
    return '';
  });
  if (out.startsWith('<text') && !classes.some((c) => c.startsWith('f'))) classes.push(colorClass('fill', 'text'));
  if (classes.length) out = out.replace(/(\/?>)$/, ` class="${classes.join(' ')}"$1`);
  return out;
}

/**
 * Graphviz writes coordinates to two decimals. Whole pixels are exact enough for paths
 * and text at the sizes drawn here (one decimal for arrowheads), and the page is
 * noticeably smaller for it.
 */
function roundGeometry(_: string, name: string, value: string): string {
  return ` ${name}="${roundNumbersIn(value, name === 'points' ? 1 : 0)}"`;
}

export function finishSvg(raw: string, options: FinishOptions): string {
  const { title, description, idPrefix, titles, current, role = 'group' } = options;
  const body = raw
    .slice(raw.indexOf('<svg'))
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/&#45;/g, '-');
  const out: string[] = [];
  let group: { id: string; kind: string } | undefined;
  let box: Box | undefined;
  for (const line of body.split('\n')) {
    if (!line) continue;
    if (line.startsWith('<svg')) {
      out.push(rootTag(body, { title, description, idPrefix, role }));
      continue;
    }
    if (line.startsWith(' viewBox=')) continue; // second line of the <svg> tag
    const g = line.match(/^<g id="([^"]+)" class="(graph|node|edge|cluster)\b/);
    if (g) {
      group = { id: g[1]!, kind: g[2]! };
      box = undefined;
    }
    if (/^<title>/.test(line) && group) {
      const text = titles.get(group.id);
      if (text !== undefined) out.push(`<title>${escapeXml(text)}</title>`);
      continue;
    }
    const labelBox = line.match(new RegExp(`^<polygon fill="${LABEL_BOX}"[^>]* points="([^"]+)"`));
    if (labelBox) {
      box = boxOf(labelBox[1]!);
      continue;
    }
    let next = line;
    if (next.startsWith('<text') && box) {
      const x = group?.kind === 'cluster' ? box.minX + 3 : (box.minX + box.maxX) / 2;
      const anchor = group?.kind === 'cluster' ? 'start' : 'middle';
      next = next.replace(/ text-anchor="[^"]*" x="[^"]*"/, ` text-anchor="${anchor}" x="${round(x)}"`);
    }
    next = roundedBoxAsRect(next)
      .replace(/ xml:space="preserve"| font-family="[^"]*"/g, '')
      .replace(/<g id="[^"]*"/, '<g')
      .replace(/ xlink:title="[^"]*"/, '')
      .replace(/ xlink:href=/, ' href=')
      .replace(/<a href="[^"]*"/, (a) => (group && group.id === current ? `${a} aria-current="page"` : a))
      .replace(/ (d|points|x|y)="([^"]*)"/g, roundGeometry)
      .replace(/<(path|rect|polygon|polyline|ellipse|text)\b[^>]*>/, themeColours);
    out.push(next);
  }
  return `${out.join('\n')}\n`;
}

function rootTag(
  body: string,
  o: { title: string; description: string; idPrefix: string; role: string },
): string {
  const viewBox = body.match(/viewBox="([^"]+)"/)?.[1] ?? '0 0 100 100';
  const [, , w = 100, h = 100] = viewBox.split(/\s+/).map(Number);
  const width = Math.ceil(w);
  const style = `width:${width}px;max-width:100%;min-width:${Math.ceil(width * 0.75)}px;height:auto`;
  const t = `${o.idPrefix}-title`;
  const d = `${o.idPrefix}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(w)} ${round(h)}" class="lineage-svg" ` +
    `role="${o.role}" aria-labelledby="${t}" aria-describedby="${d}" style="${style}">\n` +
    `<title id="${t}">${escapeXml(o.title)}</title>\n<desc id="${d}">${escapeXml(o.description)}</desc>`
  );
}
