/**
 * Questions asked of a model entry: its variants, parameter counts and metrics. Pure
 * functions over validated data, shared by pages, tables, charts and /api/models.json.
 */
import type { Model, Variant } from '../schemas/model';
import type { Metric } from '../schemas/metric';
import type { MetricKind } from './metric-kinds';
import { countParameters } from './architecture';

/** A model entry as the content layer hands it over. */
export interface ModelEntry {
  id: string;
  data: Model;
}

/** Every entry has at least one variant: an entry without `variants` is its own single variant. */
export function variantsOf(entry: ModelEntry): Variant[] {
  const { data } = entry;
  if (data.variants?.length) return data.variants;
  return [{ id: entry.id, name: data.names.en, params: data.params, architecture: data.architecture }];
}

/** The display name of the variant a result belongs to ("ResNet-50"), if it names one. */
export function variantNameOf(entry: ModelEntry, metric: Pick<Metric, 'variant'>): string | undefined {
  return metric.variant ? variantsOf(entry).find((v) => v.id === metric.variant)?.name : undefined;
}

export function findVariant(entry: ModelEntry, variantId?: string): Variant | undefined {
  const variants = variantsOf(entry);
  return variantId ? variants.find((v) => v.id === variantId) : variants[0];
}

/** A parameter count: computed from the architecture spec when there is one, else as published. */
export interface ParamCount {
  value: number;
  computed: boolean;
  /** The published count, kept to show both where a spec exists. */
  published?: number;
}

export function paramsOfVariant(variant: Variant): ParamCount | undefined {
  if (variant.architecture) {
    return { value: countParameters(variant.architecture).total, computed: true, published: variant.params?.value };
  }
  return variant.params ? { value: variant.params.value, computed: false } : undefined;
}

/**
 * The parameter count of an entry (or one of its variants). Without a variant id, the
 * variant that carries the headline metric, else the first with a count.
 */
export function paramsOf(entry: ModelEntry, variantId?: string): ParamCount | undefined {
  if (variantId) {
    const variant = findVariant(entry, variantId);
    return variant && paramsOfVariant(variant);
  }
  const headlineVariant = entry.data.metrics.find((m) => m.headline)?.variant;
  const ordered = [...variantsOf(entry)].sort((a, b) => Number(b.id === headlineVariant) - Number(a.id === headlineVariant));
  for (const variant of ordered) {
    const count = paramsOfVariant(variant);
    if (count) return count;
  }
  return undefined;
}

/** The variant whose layer spec represents the entry: the headline number's variant, else the first with a spec. */
export function diagramVariant(entry: ModelEntry): Variant | undefined {
  const specified = variantsOf(entry).filter((v) => v.architecture);
  const headlineVariant = entry.data.metrics.find((m) => m.headline)?.variant;
  return specified.find((v) => v.id === headlineVariant) ?? specified[0];
}

/** What to match when picking one metric of an entry. */
export interface MetricQuery {
  /** The metric's own id; when given, it alone decides. */
  id?: string;
  metric?: MetricKind;
  variant?: string;
  dataset?: string;
  split?: string;
  protocol?: string;
}

export function matchingMetrics(entry: ModelEntry, query: MetricQuery): Metric[] {
  if (query.id) return entry.data.metrics.filter((m) => m.id === query.id);
  return entry.data.metrics.filter(
    (m) =>
      m.metric === query.metric &&
      (query.variant === undefined || m.variant === query.variant) &&
      (query.dataset === undefined || m.dataset === query.dataset) &&
      (query.split === undefined || m.split === query.split) &&
      (query.protocol === undefined || m.protocol === query.protocol),
  );
}

/** Exactly one metric, or an error that says which entry and how many matched. */
export function selectMetric(entry: ModelEntry, query: MetricQuery): Metric {
  const found = matchingMetrics(entry, query);
  if (found.length === 1) return found[0]!;
  const what = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  throw new Error(
    `content/models/${entry.id}.yaml: <Metric ${what}> matches ${found.length} metrics; ` +
      (found.length ? 'add variant, dataset, split or protocol to pick one' : 'expected exactly one'),
  );
}

/**
 * The number a table shows for a metric kind: the headline metric of that kind if there
 * is one, else the first of that kind (optionally of one variant).
 */
export function representativeMetric(entry: ModelEntry, kind: MetricKind, variant?: string): Metric | undefined {
  const ofKind = entry.data.metrics.filter((m) => m.metric === kind && (variant === undefined || m.variant === variant));
  return ofKind.find((m) => m.headline) ?? ofKind.find((m) => m.protocol === 'single-crop') ?? ofKind[0];
}

/** The entry's headline metric (the one the index shows). */
export function headlineMetric(entry: ModelEntry): Metric | undefined {
  return entry.data.metrics.find((m) => m.headline) ?? entry.data.metrics[0];
}
