/** Number and metric formatting, per locale. */
import type { Locale } from './i18n';
import type { Metric, Source } from '../schemas/metric';
import { METRIC_INFO, PROTOCOL_LABELS, SOURCE_LABELS, SPLIT_LABELS } from './metric-kinds';
import type { WrittenDigits } from './written-digits';

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

/**
 * 4089184256 -> "4.09 G", 25557032 -> "25.6 M": three significant digits and an SI
 * prefix (parameter counts, mult-adds). `separator` goes between number and prefix.
 */
export function formatSi(value: number, separator = ' '): string {
  const [unit, scale] = value >= 1e9 ? ['G', 1e9] : value >= 1e6 ? ['M', 1e6] : value >= 1e3 ? ['K', 1e3] : ['', 1];
  const n = Number((value / scale).toPrecision(3));
  return unit ? `${n}${separator}${unit}` : String(n);
}

/**
 * A parameter count in the compact form of table cells and chart ticks: 25557032 ->
 * "25.6M", 175000000000 -> "175B" (billions as the field writes model sizes, not SI's G).
 */
export function formatCompact(value: number): string {
  return value >= 1e9 ? `${Number((value / 1e9).toPrecision(3))}B` : formatSi(value, '');
}

/**
 * "15.3 %", "1,814 M": a number and its unit joined by a no-break space, so that a narrow
 * table cell never puts the unit on a line of its own.
 */
export function withUnit(value: number | string, unit: string): string {
  return unit ? `${value}\u00a0${unit}` : String(value);
}

/**
 * "15.3 %" or "569 M" or "3.2": the value with its metric's unit, and with the fraction
 * digits it was written with where the YAML number lost them ("27.50 dB", not "27.5 dB").
 */
export function formatMetricValue(metric: Pick<Metric, 'value' | 'metric'> & WrittenDigits): string {
  const value = metric.fractionDigits ? metric.value.toFixed(metric.fractionDigits) : metric.value;
  return withUnit(value, METRIC_INFO[metric.metric].unit);
}

/** "ImageNet val" / "ImageNet 验证集": where a number was measured, in the page's language. */
export function formatDatasetSplit(metric: Pick<Metric, 'split'>, datasetName: string, locale: Locale): string {
  return `${datasetName} ${SPLIT_LABELS[metric.split][locale]}`;
}

/**
 * "ImageNet val, single crop" style setting line; the data set name is passed in. With a
 * variant's name, it comes first: "ResNet-50, ImageNet val, single crop". Without a data
 * set's name (on that data set's own page), the split alone: "val, single crop".
 */
export function formatSetting(metric: Metric, datasetName: string | undefined, locale: Locale, variantName?: string): string {
  const where = datasetName ? formatDatasetSplit(metric, datasetName, locale) : SPLIT_LABELS[metric.split][locale];
  const parts = [variantName, where, PROTOCOL_LABELS[metric.protocol][locale]];
  return parts.filter(Boolean).join(locale === 'zh' ? '，' : ', ');
}

/**
 * "AlexNet_Weights.IMAGENET1K_V1" -> ["AlexNet_", "Weights.", "IMAGENET1K_", "V1"]: a name
 * from code cut after each "_", "." or "/" that a letter follows, where a table cell may wrap
 * it (with <wbr>). Unbroken, such a name held its column wide enough to push the columns
 * beside it out of the table's box; numbers ("0.28191") and words are never cut.
 */
export function codeNameBreaks(text: string): string[] {
  return text.split(/(?<=[_./])(?=[A-Za-z])/);
}

/**
 * A source's link text: its kind ("paper", "torchvision weights"), or, for a source of no
 * named kind, where it is ("github.com/xinntao/ESRGAN"): a link that read "other" said
 * nothing of where it led.
 */
export function sourceLinkText(source: Pick<Source, 'kind' | 'url'>, locale: Locale): string {
  if (source.kind !== 'other') return SOURCE_LABELS[source.kind][locale];
  const { hostname, pathname } = new URL(source.url);
  const path = pathname.split('/').filter(Boolean).slice(0, 2);
  return [hostname.replace(/^www\./, ''), ...path].join('/');
}
