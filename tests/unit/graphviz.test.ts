// Lineage drawings: the DOT we generate, and the SVG after Graphviz and post-processing.
import { describe, expect, it } from 'vitest';
import { buildLineage, neighbourhoodGraph, subgraph, type LineageModelInput } from '../../src/lib/lineage';
import { describeLineage, lineageDot, lineageEdgeRows, renderLineageSvg } from '../../src/lib/graphviz';
import { readFileSync } from 'node:fs';
import { roleOf } from '../../src/lib/graphviz/palette';
import { THEME_VARS } from '../../src/lib/svg-theme';
import { widthEm, wrapText } from '../../src/lib/graphviz/text';
import { roundedBoxAsRect, roundedBoxOf } from '../../src/lib/graphviz/rounded-box';

function model(id: string, branch: string, year: number, parents: string[] = [], en = id): LineageModelInput {
  return {
    id,
    data: {
      branch,
      year,
      names: { zh: `${en} 网络`, en },
      parents: parents.map((p) => ({
        id: p,
        change: { zh: `从 ${p} 改为更深的网络，并加入捷径`, en: `from ${p}: deeper, with shortcuts` },
      })),
    },
  };
}

const branches = [
  { id: 'cnn', data: { names: { zh: '经典卷积网络', en: 'Classic CNNs' }, order: 1 } },
  { id: 'light', data: { names: { zh: '轻量模型', en: 'Lightweight' }, order: 2 } },
];
const graph = buildLineage(
  [
    model('lenet', 'cnn', 1998),
    model('alexnet', 'cnn', 2012, ['lenet'], 'AlexNet'),
    model('vgg', 'cnn', 2014, ['alexnet'], 'VGG "very deep" <16> & 19'),
    model('mobilenet', 'light', 2017, ['vgg', 'alexnet'], 'MobileNet'),
  ],
  branches,
);
const nodeCount = graph.nodes.length;

describe('text helpers', () => {
  it('counts CJK characters as a full em', () => {
    expect(widthEm('经典卷积')).toBe(4);
    expect(widthEm('ab')).toBeLessThan(2);
  });

  it('wraps Latin text at spaces and CJK between characters, never before closing punctuation', () => {
    const en = wrapText('moves BN and ReLU before each convolution', 10);
    expect(en.length).toBeGreaterThan(2);
    expect(en.join(' ')).toBe('moves BN and ReLU before each convolution');
    expect(en.every((line) => widthEm(line) <= 10)).toBe(true);
    const zh = wrapText('把BN和ReLU移到卷积之前，相加之后不再接ReLU', 8);
    expect(zh.join('')).toBe('把BN和ReLU移到卷积之前，相加之后不再接ReLU');
    expect(zh.every((line) => !/^[，。、]/.test(line))).toBe(true);
    expect(zh.every((line) => widthEm(line) <= 8 + 1)).toBe(true);
  });
});

describe('lineageDot', () => {
  it('links every node to its model page in the locale', () => {
    for (const [locale, prefix] of [['zh', '/'], ['en', '/en/']] as const) {
      const { dot } = lineageDot(graph, { locale, base: '/' });
      for (const n of graph.nodes) expect(dot).toContain(`URL="${prefix}models/${n.id}/"`);
      expect(dot.match(/URL="/g)).toHaveLength(nodeCount);
    }
  });

  it('honours a base path', () => {
    expect(lineageDot(graph, { locale: 'en', base: '/alphatree/' }).dot).toContain('URL="/alphatree/en/models/vgg/"');
  });

  it('puts one cluster per branch, labelled in the locale', () => {
    const { dot } = lineageDot(graph, { locale: 'zh' });
    expect(dot.match(/subgraph cluster_/g)).toHaveLength(2);
    expect(dot).toContain('经典卷积网络');
    expect(lineageDot(graph, { locale: 'zh', clusters: false }).dot).not.toContain('subgraph');
  });

  it('labels each edge with what changed, or leaves it to the title', () => {
    const labelled = lineageDot(graph, { locale: 'en', edgeLabels: 'label' });
    expect(labelled.dot).toContain('from alexnet: deeper, with');
    expect([...labelled.titles.values()]).toContain('AlexNet → MobileNet: from alexnet: deeper, with shortcuts');
    const titled = lineageDot(graph, { locale: 'zh', edgeLabels: 'title' });
    expect(titled.dot).not.toContain('从 alexnet');
    expect([...titled.titles.values()]).toContain('AlexNet 网络 → MobileNet 网络：从 alexnet 改为更深的网络，并加入捷径');
  });

  it('escapes quotes and markup in names', () => {
    const { dot } = lineageDot(graph, { locale: 'en' });
    expect(dot).toContain('VGG &quot;very deep&quot;<BR/>&lt;16&gt; &amp; 19');
  });

  it('is the same string for the same graph', () => {
    expect(lineageDot(graph, { locale: 'en' }).dot).toBe(lineageDot(graph, { locale: 'en' }).dot);
  });
});

describe('renderLineageSvg', async () => {
  const options = { locale: 'en', title: 'The lineage', description: describeLineage(graph, 'en'), base: '/' } as const;
  const svg = await renderLineageSvg(graph, options);

  it('is a bare, scalable <svg> with no prolog, comments or fixed size', () => {
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).not.toMatch(/<\?xml|<!DOCTYPE|<!--/);
    const root = svg.slice(0, svg.indexOf('>'));
    expect(root).toMatch(/viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(root).not.toMatch(/ (width|height)="/);
  });

  it('has a title and a description it is labelled and described by', () => {
    const labelledBy = svg.match(/aria-labelledby="([^"]+)"/)![1];
    const describedBy = svg.match(/aria-describedby="([^"]+)"/)![1];
    expect(svg).toContain(`<title id="${labelledBy}">The lineage</title>`);
    expect(svg).toContain(`<desc id="${describedBy}">4 models in 2 branches (Classic CNNs, Lightweight), 4 lineage links;`);
    expect(svg).toMatch(/^<svg [^>]*role="group"/);
  });

  it('has one real link per node, to the model page, with the name as real text', () => {
    const links = [...svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(nodeCount);
    expect(links.sort()).toEqual(graph.nodes.map((n) => `/en/models/${n.id}/`).sort());
    expect(svg).not.toContain('xlink:');
    expect(svg).toMatch(/<text [^>]*>AlexNet<\/text>/);
    expect(svg).toContain('>VGG &quot;very deep&quot;</text>');
    expect(svg).toContain('<title>VGG &quot;very deep&quot; &lt;16&gt; &amp; 19 (2014)</title>');
  });

  it('gives every node and edge a meaningful <title>', () => {
    expect(svg).toContain('<title>AlexNet (2012)</title>');
    expect(svg).toContain('<title>AlexNet → MobileNet: from alexnet: deeper, with shortcuts</title>');
    expect(svg).not.toMatch(/<title>(n\d+|e\d+|cluster_\d+|lineage|n\d+-&gt;n\d+)<\/title>/);
  });

  it('paints only with theme classes, each of which the stylesheet maps to its theme variable', () => {
    expect(svg).not.toMatch(/ (fill|stroke)="(?!none")/);
    expect(svg).not.toMatch(/ style="[^"]*(fill|stroke):/);
    const used = new Set([...svg.matchAll(/ class="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')).filter((c) => /^[fs][a-z0-9]$/.test(c)));
    expect(used.size).toBeGreaterThan(3);
    for (const [text] of svg.matchAll(/<text [^>]*>/g)) expect(text).toMatch(/class="f[a-z0-9]"/);
    const css = readFileSync('src/styles/svg-theme.css', 'utf8');
    for (const [token, cssVar] of Object.entries(THEME_VARS)) {
      expect(css).toContain(`svg .f${token} { fill: var(--${cssVar}); }`);
      expect(css).toContain(`svg .s${token} { stroke: var(--${cssVar}); }`);
    }
    for (const c of used) expect(Object.keys(THEME_VARS)).toContain(c.slice(1));
    expect(() => roleOf('black')).toThrow(/not a theme placeholder/);
  });

  it('draws every model and every branch as a rounded <rect>, not as Graphviz\'s 25-point path', () => {
    const rects = [...svg.matchAll(/<rect [^>]*\/>/g)].map((m) => m[0]);
    expect(rects).toHaveLength(nodeCount + branches.length);
    for (const rect of rects) expect(rect).toMatch(/ x="-?\d+" y="-?\d+" width="\d+" height="\d+" rx="\d+"/);
    for (const [, d] of svg.matchAll(/<path [^>]*d="([^"]*)"/g)) expect(roundedBoxOf(d!)).toBeUndefined();
  });

  it('leaves no Graphviz ids or fonts behind, and centres node text', () => {
    expect([...svg.matchAll(/ id="([^"]+)"/g)]).toHaveLength(2);
    expect(svg).not.toMatch(/font-family=|xml:space|#0b0b0b/);
    expect(svg).toMatch(/<text text-anchor="middle" [^>]*>AlexNet<\/text>/);
  });

  it('marks the highlighted model as the current page', async () => {
    const highlighted = await renderLineageSvg(neighbourhoodGraph(graph, 'vgg'), { ...options, highlight: 'vgg' });
    expect(highlighted.match(/aria-current="page"/g)).toHaveLength(1);
    expect(highlighted).toContain('<a href="/en/models/vgg/" aria-current="page">');
    expect(highlighted).toContain('lg-current');
  });

  it('draws outside parents of a branch as external, in Chinese too', async () => {
    const zh = await renderLineageSvg(subgraph(graph, 'light'), { ...options, locale: 'zh', title: '轻量模型的谱系' });
    expect(zh.match(/class="node lg-node lg-external"/g)).toHaveLength(2);
    expect(zh).toContain('<a href="/models/alexnet/">');
    expect(zh).toContain('>经典卷积网络</text>');
  });

  it('gives the same bytes for the same input, and distinct ids for another graph', async () => {
    expect(await renderLineageSvg(graph, options)).toBe(svg);
    const other = await renderLineageSvg(subgraph(graph, 'cnn'), options);
    const idOf = (s: string) => s.match(/aria-labelledby="([^"]+)"/)![1];
    expect(idOf(other)).not.toBe(idOf(svg));
  });

  it('draws a graph the narrower way when asked: one long chain down, many short ones across', async () => {
    const widthOf = (s: string) => Number(s.match(/viewBox="0 0 ([\d.]+) /)![1]);
    const chain = buildLineage(['a', 'b', 'c', 'd', 'e'].map((id, i, all) => model(id, 'cnn', 2010 + i, i ? [all[i - 1]!] : [])), branches);
    const pairs = buildLineage(
      ['a', 'b', 'c', 'd', 'e'].flatMap((id) => [model(`${id}1`, 'cnn', 2010), model(`${id}2`, 'cnn', 2011, [`${id}1`])]),
      branches,
    );
    for (const g of [chain, pairs]) {
      const [down, across, narrower] = await Promise.all(
        (['TB', 'LR', 'narrower'] as const).map((rankdir) => renderLineageSvg(g, { ...options, description: describeLineage(g, 'en'), rankdir })),
      );
      expect(widthOf(narrower!)).toBe(Math.min(widthOf(down!), widthOf(across!)));
    }
    const narrowest = async (g: typeof graph) => renderLineageSvg(g, { ...options, description: describeLineage(g, 'en'), rankdir: 'narrower' });
    expect(await narrowest(chain)).toBe(await renderLineageSvg(chain, { ...options, description: describeLineage(chain, 'en'), rankdir: 'TB' }));
    expect(await narrowest(pairs)).toBe(await renderLineageSvg(pairs, { ...options, description: describeLineage(pairs, 'en'), rankdir: 'LR' }));
  });
});

describe('lineageEdgeRows', () => {
  it('lists parent, child and what changed, in the locale', () => {
    const rows = lineageEdgeRows(graph, 'zh', '/');
    expect(rows).toHaveLength(graph.edges.length);
    expect(rows[0]).toEqual({
      parent: { id: 'lenet', name: 'lenet 网络', year: 1998, href: '/models/lenet/' },
      child: { id: 'alexnet', name: 'AlexNet 网络', year: 2012, href: '/models/alexnet/' },
      change: '从 lenet 改为更深的网络，并加入捷径',
    });
    expect(lineageEdgeRows(graph, 'en', '/')[3]!.child.href).toBe('/en/models/mobilenet/');
  });

  it('describes the graph in both locales', () => {
    expect(describeLineage(graph, 'zh')).toMatch(/^4 个模型，分属 2 个分支（经典卷积网络、轻量模型），4 条演化关系/);
    expect(describeLineage(subgraph(graph, 'cnn'), 'en')).toMatch(/^3 models in 1 branch \(Classic CNNs\), 2 lineage links/);
  });
});

describe('roundedBoxAsRect', () => {
  // As Graphviz 2.x writes a `style=rounded` box: LeNet-5's on the tree page.
  const lenet =
    '<path fill="#c4c4c4" stroke="#1f1f1f" stroke-width="1.5" d="M107.25,-4501C107.25,-4501 52.25,-4501 52.25,-4501 ' +
    '46.25,-4501 40.25,-4495 40.25,-4489 40.25,-4489 40.25,-4472 40.25,-4472 40.25,-4466 46.25,-4460 52.25,-4460 ' +
    '52.25,-4460 107.25,-4460 107.25,-4460 113.25,-4460 119.25,-4466 119.25,-4472 119.25,-4472 119.25,-4489 ' +
    '119.25,-4489 119.25,-4495 113.25,-4501 107.25,-4501"/>';

  it('reads the box, radius included, from the path', () => {
    expect(roundedBoxOf(lenet.match(/ d="([^"]*)"/)![1]!)).toEqual({ x: 40.25, y: -4501, width: 79, height: 41, r: 12 });
  });

  it('reads a branch box too, which Graphviz starts on the bottom side', () => {
    const branch =
      'M40,-4426C40,-4426 1523,-4426 1523,-4426 1529,-4426 1535,-4432 1535,-4438 1535,-4438 1535,-4850 1535,-4850 ' +
      '1535,-4856 1529,-4862 1523,-4862 1523,-4862 40,-4862 40,-4862 34,-4862 28,-4856 28,-4850 28,-4850 28,-4438 ' +
      '28,-4438 28,-4432 34,-4426 40,-4426';
    expect(roundedBoxOf(branch)).toEqual({ x: 28, y: -4862, width: 1507, height: 436, r: 12 });
  });

  it('keeps every other attribute and gives whole pixels', () => {
    expect(roundedBoxAsRect(lenet)).toBe(
      '<rect fill="#c4c4c4" stroke="#1f1f1f" stroke-width="1.5" x="40" y="-4501" width="79" height="41" rx="12"/>',
    );
  });

  it('leaves any other path as it is: an edge, a box with one corner off, a plain polygon', () => {
    const edge = '<path fill="none" stroke="#1f1f1f" d="M119,-4481C147,-4481 183,-4481 213,-4481"/>';
    const bent = lenet.replace('46.25,-4501 40.25,-4495', '46.25,-4501 41.25,-4495');
    const polygon = '<polygon fill="#c4c4c4" points="1,1 2,2 3,1 1,1"/>';
    for (const tag of [edge, bent, polygon]) expect(roundedBoxAsRect(tag)).toBe(tag);
  });
});
