/**
 * The table behind each chart, for the page's <details> text alternative: the same rows
 * the chart draws, as plain text, so nothing in a chart is only visible as a picture.
 */
import type { Locale } from '../i18n';
import { formatInteger } from '../format';
import { chartLabels } from './labels';
import type { IlsvrcRow } from './ilsvrc';
import type { AccuracyPoint } from './points';

export interface TextAlternative {
  columns: string[];
  rows: string[][];
}

export type ChartData =
  | { kind: 'ilsvrc-top5'; results: readonly (IlsvrcRow & { entry?: string })[] }
  | { kind: 'accuracy-vs-params'; points: readonly AccuracyPoint[] };

export function chartTextAlternative(data: ChartData, locale: Locale): TextAlternative {
  const t = chartLabels(locale);
  if (data.kind === 'ilsvrc-top5') {
    // Winner first within a year, as the chart's filled dot comes first to the eye.
    const rows = [...data.results].sort((a, b) => a.year - b.year || Number(b.winner) - Number(a.winner));
    return {
      columns: [t.year, t.team, t.entry, t.top5Error, t.result],
      rows: rows.map((r) => [String(r.year), r.team, r.entry ?? '', String(r.value), r.winner ? t.winner : t.otherEntry]),
    };
  }
  return {
    columns: [t.model, t.params, t.countKind, t.top1Accuracy],
    rows: data.points.map((p) => [p.label, formatInteger(p.params, locale), p.paramsComputed ? t.computed : t.published, String(p.top1)]),
  };
}
