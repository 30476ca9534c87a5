/**
 * The site's MDX components and the ids their props name. A component the site does
 * not provide fails the build; an id that names no model, variant or data set, or a
 * <Metric> that does not pick exactly one number, fails it too, so both are caught here
 * with the line. Add a component here when the site gains one.
 */
import { known, records, type Ids } from './ids';
import { matchingMetrics, type MetricQuery, type ModelEntry } from '../models';
import { attribute, jsxElements, NOT_LITERAL, type JsxElement } from './mdx-nodes';
import type { Article, Corpus } from './load';
import { METRIC_KINDS } from '../metric-kinds';
import { COLUMN_IDS } from '../model-table';
import type { Problem } from './types';

/** Components available in every article without an import (src/components/mdx/index.ts), with their props. */
export const COMPONENTS: Record<string, readonly string[]> = {
  Metric: ['model', 'id', 'metric', 'variant', 'dataset', 'split', 'protocol'],
  Params: ['model', 'variant'],
  ModelLink: ['id'],
  PaperRef: ['model'],
  CompareTable: ['models', 'columns', 'caption'],
  Stages: ['model'],
  Chart: ['name'],
  CompetitionTable: ['id'],
};

/** The charts <Chart name> can draw (the `name` prop of src/components/Chart.astro). */
export const CHART_NAMES = ['ilsvrc-top5', 'accuracy-vs-params'] as const;

type Found = Omit<Problem, 'file' | 'line'>;

/** How many metrics of a (raw) entry a <Metric> query picks, by the site's own rule. */
function countMatches(id: string, data: Record<string, unknown> | undefined, query: MetricQuery): number {
  const entry = { id, data: { metrics: records(data?.metrics).map(([m]) => m) } } as unknown as ModelEntry;
  return matchingMetrics(entry, query).length;
}

function checkModelId(el: JsxElement, prop: string, id: unknown, ids: Ids): Found[] {
  if (id === undefined) return [{ field: `<${el.name} ${prop}>`, rule: 'component-prop', message: `expected a ${prop} prop naming a model id` }];
  if (typeof id !== 'string' || !ids.models.has(id))
    return [{ field: `<${el.name} ${prop}>`, rule: 'unknown-model', message: `expected the id of a model in content/models/ (${known(String(id), ids.models)})` }];
  return [];
}

function checkVariant(el: JsxElement, model: string, variant: unknown, ids: Ids): Found[] {
  const allowed = ids.variants.get(model) ?? [];
  if (variant === undefined || (typeof variant === 'string' && allowed.includes(variant))) return [];
  return [{ field: `<${el.name} variant>`, rule: 'unknown-variant', message: `expected one of the variants of ${model} (${known(String(variant), allowed)})` }];
}

function checkMetric(el: JsxElement, corpus: Corpus, ids: Ids): Found[] {
  const model = attribute(el, 'model');
  const out = checkModelId(el, 'model', model, ids);
  if (out.length) return out;
  const query = Object.fromEntries(['id', 'metric', 'variant', 'dataset', 'split', 'protocol'].map((k) => [k, attribute(el, k)])) as MetricQuery;
  out.push(...checkVariant(el, model as string, query.variant, ids));
  if (typeof query.dataset === 'string' && !ids.datasets.has(query.dataset))
    out.push({ field: '<Metric dataset>', rule: 'unknown-dataset', message: `expected the id of a data set in content/datasets/ (${known(query.dataset, ids.datasets)})` });
  if (query.id === undefined && !METRIC_KINDS.includes(query.metric as never))
    out.push({ field: '<Metric metric>', rule: 'metric-selection', message: `expected a metric kind, or the metric's id in id="..." (${known(String(query.metric), METRIC_KINDS)})` });
  if (out.length) return out;
  const entry = corpus.entries.models.find((m) => m.id === model)!;
  const count = countMatches(entry.id, entry.data, query);
  if (count !== 1)
    out.push({
      field: '<Metric>',
      rule: 'metric-selection',
      message: `expected props that pick exactly one metric of ${entry.file}; ${count} match${count ? ' (add variant, dataset, split or protocol, or give the metric an id and use id="...")' : ''}`,
    });
  return out;
}

function checkCompareTable(el: JsxElement, ids: Ids): Found[] {
  const out: Found[] = [];
  const models = attribute(el, 'models');
  const columns = attribute(el, 'columns');
  if (models !== NOT_LITERAL) {
    // NOT_LITERAL is reported as mdx-code.
    if (!Array.isArray(models)) out.push({ field: '<CompareTable models>', rule: 'component-prop', message: 'expected models={["id", ...]}: a list of model ids' });
    else out.push(...models.flatMap((id) => checkModelId(el, 'models', id, ids)));
  }
  if (columns !== NOT_LITERAL) {
    if (!Array.isArray(columns)) out.push({ field: '<CompareTable columns>', rule: 'component-prop', message: 'expected columns={["year", ...]}: a list of column ids' });
    else
      for (const c of columns.filter((c) => !COLUMN_IDS.includes(c as never)))
        out.push({ field: '<CompareTable columns>', rule: 'component-prop', message: `expected a column id (${known(String(c), COLUMN_IDS)})` });
  }
  return out;
}

/** Whether a layer of the raw spec repeats (what <Stages> tabulates); the schema check reports malformed specs. */
const repeatsALayer = (architecture: unknown): boolean =>
  records((architecture as Record<string, unknown> | undefined)?.layers).some(([layer]) => typeof layer.repeat === 'number' && layer.repeat > 1);

function checkStages(el: JsxElement, corpus: Corpus, ids: Ids): Found[] {
  const model = attribute(el, 'model');
  const bad = checkModelId(el, 'model', model, ids);
  if (bad.length) return bad;
  const entry = corpus.entries.models.find((m) => m.id === model)!;
  const specs = [entry.data?.architecture, ...records(entry.data?.variants).map(([v]) => v.architecture)];
  if (specs.some(repeatsALayer)) return [];
  return [{ field: '<Stages model>', rule: 'component-prop', message: `expected a model with a variant whose architecture repeats a layer or block (repeat: 2 or more) in ${entry.file}` }];
}

function checkElement(el: JsxElement, corpus: Corpus, ids: Ids): Found[] {
  const name = el.name ?? '';
  if (!/^[A-Z]/.test(name)) return []; // HTML-like elements: see raw-html
  if (!(name in COMPONENTS))
    return [{ field: `<${name}>`, rule: 'unknown-component', message: `expected one of the site's components: ${Object.keys(COMPONENTS).join(', ')} (found <${name}>)` }];
  const out: Found[] = [];
  for (const attr of el.attributes)
    if (attr.type === 'mdxJsxAttribute' && !/^on/i.test(attr.name) && !COMPONENTS[name]!.includes(attr.name))
      out.push({ field: `<${name} ${attr.name}>`, rule: 'component-prop', message: `expected props of <${name}>: ${COMPONENTS[name]!.join(', ')} (found ${attr.name})` });
  if (name === 'Metric') return [...out, ...checkMetric(el, corpus, ids)];
  if (name === 'ModelLink') return [...out, ...checkModelId(el, 'id', attribute(el, 'id'), ids)];
  if (name === 'PaperRef') return [...out, ...checkModelId(el, 'model', attribute(el, 'model'), ids)];
  if (name === 'Params') {
    const model = attribute(el, 'model');
    const bad = checkModelId(el, 'model', model, ids);
    return [...out, ...(bad.length ? bad : checkVariant(el, model as string, attribute(el, 'variant'), ids))];
  }
  if (name === 'CompareTable') return [...out, ...checkCompareTable(el, ids)];
  if (name === 'Stages') return [...out, ...checkStages(el, corpus, ids)];
  if (name === 'Chart') {
    const chart = attribute(el, 'name');
    if (!CHART_NAMES.includes(chart as never))
      out.push({ field: '<Chart name>', rule: 'component-prop', message: `expected a chart name (${known(String(chart), CHART_NAMES)})` });
  }
  if (name === 'CompetitionTable') {
    const id = attribute(el, 'id');
    if (typeof id !== 'string' || !ids.competitions.has(id))
      out.push({ field: '<CompetitionTable id>', rule: 'unknown-competition', message: `expected the id of a competition in content/competitions/ (${known(String(id), ids.competitions)})` });
  }
  return out;
}

export function checkComponents(article: Article, corpus: Corpus, ids: Ids): Problem[] {
  if (!article.source.tree) return [];
  return jsxElements(article.source.tree).flatMap((el) =>
    checkElement(el, corpus, ids).map((p) => ({ file: article.file, line: el.position?.start.line, ...p })),
  );
}
