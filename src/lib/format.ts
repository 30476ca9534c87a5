/** Number and metric formatting, per locale. */
import type { Locale } from './i18n';
import type { Metric } from '../schemas/metric';
import { METRIC_INFO, PROTOCOL_LABELS, SPLIT_LABELS } from './metric-kinds';

const NUMBER_LOCALE: Record<Locale, string> = { zh: 'zh-CN', en: 'en-US' };

/** One formatter per locale: constructing one per number cost seconds on large builds. */
const INTEGER_FORMAT: Record<Locale, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat(NUMBER_LOCALE.zh),
  en: new Intl.NumberFormat(NUMBER_LOCALE.en),
};

/** 25557032 -> "25,557,032". */
export function formatInteger(value: number, locale: Locale): string {
  return INTEGER_FORMAT[locale].format(value);
}

/** 25557032 -> "25.6M" (en) / "2556万" is avoided on purpose: both locales use M, as papers do. */
export function formatCompact(value: number): string {
  if (value >= 1e9) return `${trim(value / 1e9)}B`;
  if (value >= 1e6) return `${trim(value / 1e6)}M`;
  if (value >= 1e3) return `${trim(value / 1e3)}K`;
  return String(value);
}

function trim(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1).replace(/\.0$/, '') : n.toFixed(2).replace(/\.?0+$/, '');
}

/** "15.3 %" or "569 M" or "3.2": the value with its metric's unit. */
export function formatMetricValue(metric: Pick<Metric, 'value' | 'metric'>): string {
  const unit = METRIC_INFO[metric.metric].unit;
  return unit ? `${metric.value}${unit === '%' ? ' %' : ` ${unit}`}` : String(metric.value);
}

/** "ImageNet val, single crop" style setting line; the data set name is passed in. */
export function formatSetting(metric: Metric, datasetName: string, locale: Locale): string {
  const split = SPLIT_LABELS[metric.split][locale];
  const protocol = PROTOCOL_LABELS[metric.protocol][locale];
  return locale === 'zh' ? `${datasetName} ${split}，${protocol}` : `${datasetName} ${split}, ${protocol}`;
}
