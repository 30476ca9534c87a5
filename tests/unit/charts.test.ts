// The build-time charts: one mark per data row, accessible names, theme colours only;
// the accuracy points extraction; and the ILSVRC results file itself.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { competitionSchema } from '../../src/schemas/competition';
import { modelSchema, type Model } from '../../src/schemas/model';
import { ilsvrcErrorChart, type IlsvrcRow } from '../../src/lib/charts/ilsvrc';
import { accuracyVsParamsChart } from '../../src/lib/charts/accuracy-params';
import { accuracyPoints, type ChartModelEntry, type ParamsLookup } from '../../src/lib/charts/points';
import { chartTextAlternative } from '../../src/lib/charts/text-alternative';
import { GEOMETRY_ATTRIBUTES, GEOMETRY_DECIMAL, roundNumbersIn } from '../../src/lib/svg-numbers';
import { CROWDED, labelBox, NO_LABEL, placeLabels, PLACEMENTS } from '../../src/lib/charts/label-layout';

const competition = competitionSchema.parse(
  parse(readFileSync('content/competitions/ilsvrc-classification.yaml', 'utf8')),
);

function svgOf(markup: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('no <svg> in the chart markup');
  return svg as unknown as Element;
}

/** Every colour the SVG sets, from attributes and inline styles. */
function coloursIn(svg: Element): string[] {
  const found: string[] = [];
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of ['fill', 'stroke', 'color', 'stop-color']) {
      const v = el.getAttribute(attr);
      if (v) found.push(v);
    }
    const style = el.getAttribute('style') ?? '';
    for (const m of style.matchAll(/(?:^|;)\s*(?:fill|stroke|color|background(?:-color)?)\s*:\s*([^;]+)/g)) found.push(m[1]!.trim());
  }
  return found;
}

/** Geometry attributes written with more than one decimal (none expected: see svg-numbers.ts). */
function overPreciseGeometry(svg: Element): string[] {
  const found: string[] = [];
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of GEOMETRY_ATTRIBUTES) {
      const value = el.getAttribute(name) ?? '';
      const decimals = (value.match(GEOMETRY_DECIMAL) ?? []).map((n) => n.split('.')[1]!.length);
      if (decimals.some((d) => d > 1)) found.push(`<${el.tagName} ${name}="${value}">`);
    }
  }
  return found;
}

function expectAccessibleThemeSvg(svg: Element) {
  const id = svg.getAttribute('id');
  expect(svg.getAttribute('role')).toBe('img');
  expect(svg.getAttribute('aria-labelledby')).toBe(`${id}-title ${id}-desc`);
  const title = svg.querySelector(`title[id="${id}-title"]`);
  const desc = svg.querySelector(`desc[id="${id}-desc"]`);
  expect(title?.textContent?.trim()).toBeTruthy();
  expect(desc?.textContent?.trim()).toBeTruthy();
  expect(svg.querySelector('style')).toBeNull();
  // Theme colours only: a CSS variable (with its fallback), currentColor or none.
  expect(coloursIn(svg).some((c) => c.startsWith('var(--color-'))).toBe(true);
  const bad = coloursIn(svg).filter((c) => !/^(none|currentColor|var\(--[a-z0-9-]+, #[0-9a-f]{3,8}\))$/i.test(c));
  expect(bad).toEqual([]);
  expect(overPreciseGeometry(svg)).toEqual([]);
  // A log axis's unlabelled minor ticks get a tick line, not an empty label.
  expect([...svg.querySelectorAll('text')].filter((text) => !text.textContent?.trim())).toHaveLength(0);
}

describe('ILSVRC results file', () => {
  it('has exactly one winner for each year 2010 to 2017', () => {
    for (let year = 2010; year <= 2017; year++) {
      const winners = competition.results.filter((r) => r.year === year && r.winner);
      expect(winners, `year ${year}`).toHaveLength(1);
    }
  });

  it('records the winners the seed names: Trimps-Soushen 2016, WMW/SENet 2017', () => {
    const winner = (year: number) => competition.results.find((r) => r.year === year && r.winner)!;
    expect(winner(2016)).toMatchObject({ team: 'Trimps-Soushen', value: 2.991 });
    expect(winner(2017)).toMatchObject({ team: 'WMW', value: 2.251, model: 'senet' });
    expect(winner(2012).model).toBe('alexnet');
    expect(winner(2013).model).toBeUndefined(); // Clarifai's entry is not the ZFNet model
  });
});

describe('ilsvrcErrorChart', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`draws one circle per result row and labels every winner (${locale})`, () => {
      const svg = svgOf(ilsvrcErrorChart(competition.results, locale));
      expect(svg.querySelectorAll('circle')).toHaveLength(competition.results.length);
      const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
      for (const r of competition.results.filter((x) => x.winner)) expect(texts).toContain(r.team);
      expectAccessibleThemeSvg(svg);
    });
  }

  it('puts the first and the last winner in its description', () => {
    const desc = svgOf(ilsvrcErrorChart(competition.results, 'en')).querySelector('desc')!.textContent!;
    expect(desc).toContain('28.191');
    expect(desc).toContain('2.251');
  });
});

// A fixture small enough to reason about: a model with variants, one without.
const source = { kind: 'paper', url: 'https://arxiv.org/abs/0000.00000' } as const;
const top1 = (value: number, extra: Partial<Model['metrics'][number]> = {}) => ({
  value, metric: 'top1-error', dataset: 'imagenet', split: 'val', protocol: 'single-crop', source, ...extra,
});
function entry(id: string, data: Record<string, unknown>): ChartModelEntry {
  return {
    id,
    data: modelSchema.parse({
      branch: 'classic-cnn', year: 2015, names: { zh: id, en: id }, summary: { zh: 's', en: 's' },
      paper: { title: 't', authors: ['A B'], venue: 'v', year: 2015, arxiv: '1512.03385', url: 'https://arxiv.org/abs/1512.03385' },
      code: [{ url: 'https://github.com/x/y', framework: 'pytorch', official: false }],
      ...data,
    }),
  };
}
const fixtures: ChartModelEntry[] = [
  entry('resnet', {
    variants: [{ id: 'resnet-18', name: 'ResNet-18' }, { id: 'resnet-50', name: 'ResNet-50' }, { id: 'resnet-152', name: 'ResNet-152' }],
    metrics: [
      top1(30.24, { variant: 'resnet-18' }),
      top1(24.7, { variant: 'resnet-50', source: { kind: 'official-repo', url: 'https://github.com/KaimingHe/deep-residual-networks' } }),
      top1(23.87, { variant: 'resnet-50', headline: true }),
      top1(21.0, { variant: 'resnet-50', protocol: '10-crop' }), // other protocol: ignored
      top1(20.0), // no variant on an entry with variants: ambiguous, ignored
      { ...top1(3.57), metric: 'top5-error', protocol: 'ensemble', split: 'test' },
    ],
  }),
  entry('squeezenet', { branch: 'lightweight', metrics: [{ ...top1(57.5), metric: 'top1-accuracy' }] }),
  entry('nasnet', { metrics: [top1(17.3, { dataset: 'ilsvrc-2010' })] }), // wrong data set: ignored
];
const counts: Record<string, number> = { 'resnet-18': 11689512, 'resnet-50': 25557032, squeezenet: 1248424, nasnet: 88949818 };
const paramsOf: ParamsLookup = (e, variantId) => {
  const value = counts[variantId ?? e.id];
  return value ? { value, computed: variantId === 'resnet-18' } : undefined;
};

describe('roundNumbersIn', () => {
  it('rounds coordinates, paths and transforms, and leaves lengths with units and exponents', () => {
    expect(roundNumbersIn('translate(48,433.8181818181818)', 1)).toBe('translate(48,433.8)');
    expect(roundNumbersIn('M1.25,-0.04L3,.55Z', 1)).toBe('M1.3,0L3,0.6Z');
    expect(roundNumbersIn('476.14,-450.45 473.6,-443', 0)).toBe('476,-450 474,-443');
    expect(roundNumbersIn('0.71em', 1)).toBe('0.71em');
    expect(roundNumbersIn('1.5e-7', 1)).toBe('1.5e-7');
  });
});

describe('accuracyPoints', () => {
  const points = accuracyPoints(fixtures, paramsOf, 'en');

  it('keeps one point per model or variant with both numbers, sorted by parameters', () => {
    expect(points.map((p) => p.variantId ?? p.modelId)).toEqual(['squeezenet', 'resnet-18', 'resnet-50']);
  });

  it('turns top-1 error into accuracy and prefers the headline metric', () => {
    const byId = Object.fromEntries(points.map((p) => [p.variantId ?? p.modelId, p]));
    expect(byId['resnet-50']!.top1).toBe(76.13);
    expect(byId['resnet-18']!.top1).toBe(69.76);
    expect(byId['squeezenet']!.top1).toBe(57.5);
    expect(byId['resnet-18']!.paramsComputed).toBe(true);
    expect(byId['resnet-50']!.label).toBe('ResNet-50');
  });

  it('skips variants without a parameter count (ResNet-152 here)', () => {
    expect(points.find((p) => p.variantId === 'resnet-152')).toBeUndefined();
  });
});

describe('accuracyVsParamsChart', () => {
  const points = accuracyPoints(fixtures, paramsOf, 'zh');

  it('draws one labelled circle per point, with theme colours only', () => {
    const svg = svgOf(accuracyVsParamsChart(points, 'zh'));
    expect(svg.querySelectorAll('circle')).toHaveLength(points.length);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    for (const p of points) expect(texts).toContain(p.label);
    expectAccessibleThemeSvg(svg);
  });

  it('still renders with no point at all', () => {
    const svg = svgOf(accuracyVsParamsChart([], 'en'));
    expect(svg.querySelectorAll('circle')).toHaveLength(0);
    expectAccessibleThemeSvg(svg);
  });
});

describe('chartTextAlternative', () => {
  it('has a row for every ILSVRC result, winner first within a year', () => {
    const table = chartTextAlternative({ kind: 'ilsvrc-top5', results: competition.results as IlsvrcRow[] }, 'en');
    expect(table.rows).toHaveLength(competition.results.length);
    const y2012 = table.rows.filter((r) => r[0] === '2012');
    expect(y2012.map((r) => r[4])).toEqual(['winner', 'other entry of the same team']);
  });

  it('has a row for every accuracy point, with the count formatted', () => {
    const points = accuracyPoints(fixtures, paramsOf, 'en');
    const table = chartTextAlternative({ kind: 'accuracy-vs-params', points }, 'en');
    expect(table.rows).toHaveLength(points.length);
    expect(table.rows[0]).toEqual(['squeezenet', '1,248,424', 'published', '57.5']);
  });
});

describe('placeLabels', () => {
  it('moves the label of a second dot off the first one', () => {
    // Two dots side by side: both labels on the right would overlap.
    const items = [
      { x: 100, y: 100, text: 'GoogLeNet' },
      { x: 104, y: 101, text: 'ResNet-18' },
    ];
    const layout = { fontSize: 9, dotRadius: 4, bounds: { left: 0, right: 400, top: 0, bottom: 300 } };
    const [a, b] = placeLabels(items, layout).map((p, i) => labelBox(items[i]!, PLACEMENTS[p]!, 9));
    const disjoint = a!.x1 <= b!.x0 || b!.x1 <= a!.x0 || a!.y1 <= b!.y0 || b!.y1 <= a!.y0;
    expect(disjoint).toBe(true);
  });

  it('labels a crowded chart only where a label touches nothing, and fast', () => {
    // 1,200 dots in a 300 x 200 px patch: what a catalogue of hundreds of models gives.
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const items = Array.from({ length: 1200 }, (_, i) => ({ x: 150 + random() * 300, y: 100 + random() * 200, text: `Model ${i}` }));
    const bounds = { left: 0, right: 640, top: 0, bottom: 500 };
    const started = performance.now();
    const placement = placeLabels(items, { fontSize: 9, dotRadius: 4, bounds });
    expect(performance.now() - started).toBeLessThan(2000);
    const labelled = placement.map((p, i) => (p === NO_LABEL ? undefined : labelBox(items[i]!, PLACEMENTS[p]!, 9))).filter((b) => b !== undefined);
    expect(labelled.length).toBeGreaterThan(10);
    expect(labelled.length).toBeLessThan(items.length);
    const touches = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    const dots = items.map((d) => ({ x0: d.x - 5, x1: d.x + 5, y0: d.y - 5, y1: d.y + 5 }));
    for (const [k, box] of labelled.entries()) {
      expect(labelled.slice(k + 1).some((other) => touches(box, other))).toBe(false);
      expect(dots.some((dot) => touches(box, dot))).toBe(false);
    }
  });

  it(`labels every dot of a chart of up to ${CROWDED}`, () => {
    const items = Array.from({ length: CROWDED }, (_, i) => ({ x: 100 + (i % 10) * 3, y: 100 + Math.floor(i / 10) * 2, text: `M${i}` }));
    const placement = placeLabels(items, { fontSize: 9, dotRadius: 4, bounds: { left: 0, right: 640, top: 0, bottom: 500 } });
    expect(placement).not.toContain(NO_LABEL);
  });
});
