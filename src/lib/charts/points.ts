/**
 * The points of the accuracy-against-parameters chart: one per model (or variant) that
 * has both a single-crop ImageNet val top-1 number and a parameter count. The parameter
 * lookup is passed in (src/lib/models.ts `paramsOf` on the site) so this stays testable.
 */
import type { Model } from '../../schemas/model';
import type { Metric } from '../../schemas/metric';
import type { Locale } from '../i18n';

/** A model entry as the content layer hands it over. */
export interface ChartModelEntry {
  id: string;
  data: Model;
}

/** Looks up the parameter count of an entry or one of its variants. */
export type ParamsLookup = (entry: ChartModelEntry, variantId?: string) => { value: number; computed: boolean } | undefined;

export interface AccuracyPoint {
  modelId: string;
  /** Set for a variant of an entry with `variants`. */
  variantId?: string;
  /** The variant's name, or the model's name in the page's language. */
  label: string;
  branch: string;
  /** Parameter count, as a whole number. */
  params: number;
  /** True when the count was computed from an architecture spec rather than published. */
  paramsComputed: boolean;
  /** Top-1 accuracy in percent. */
  top1: number;
  /** The metric the accuracy comes from (for its source). */
  metric: Metric;
}

/** The setting every point must share, or the dots would not be comparable. */
export function isImagenetTop1(metric: Metric): boolean {
  return (
    (metric.metric === 'top1-error' || metric.metric === 'top1-accuracy') &&
    metric.dataset === 'imagenet' &&
    metric.split === 'val' &&
    metric.protocol === 'single-crop'
  );
}

/** Accuracy in percent; errors are turned round and rounded so 100 - 23.87 reads 76.13. */
export function top1AccuracyOf(metric: Metric): number {
  const value = metric.metric === 'top1-error' ? 100 - metric.value : metric.value;
  return Math.round(value * 1000) / 1000;
}

export function accuracyPoints(entries: readonly ChartModelEntry[], paramsOf: ParamsLookup, locale: Locale): AccuracyPoint[] {
  const points: AccuracyPoint[] = [];
  for (const entry of entries) {
    const hasVariants = Boolean(entry.data.variants?.length);
    // Group the candidate metrics by variant; the headline one wins, else the first listed.
    const byVariant = new Map<string | undefined, Metric>();
    for (const metric of entry.data.metrics.filter(isImagenetTop1)) {
      // With variants, a metric that names none is ambiguous: whose parameters would it pair with?
      if (hasVariants && !metric.variant) continue;
      const current = byVariant.get(metric.variant);
      if (!current || (metric.headline && !current.headline)) byVariant.set(metric.variant, metric);
    }
    for (const [variantId, metric] of byVariant) {
      const count = paramsOf(entry, variantId);
      if (!count) continue;
      const variant = entry.data.variants?.find((v) => v.id === variantId);
      points.push({
        modelId: entry.id,
        ...(variantId ? { variantId } : {}),
        label: variant?.name ?? entry.data.names[locale],
        branch: entry.data.branch,
        params: count.value,
        paramsComputed: count.computed,
        top1: top1AccuracyOf(metric),
        metric,
      });
    }
  }
  return points.sort((a, b) => a.params - b.params || a.label.localeCompare(b.label));
}
