/**
 * A measured number keeps the digits it was written with. YAML reads "27.50" as 27.5, so
 * SRCNN's results showed "30.48 dB" above "27.5 dB" where the source printed 27.50, and a
 * reader could not tell a rounded number from one published to one decimal. The `yaml`
 * package notes how many digits follow the point of a number written with trailing zeros
 * (`minFractionDigits`); this copies that onto each metric, and `formatMetricValue` prints
 * the value with them.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

/**
 * A number with a zero at the end of its fraction ("27.50", "16.0"), anywhere in a file: only
 * a file with one can have lost digits, so only such a file is parsed a second time (the
 * content layer has already parsed every file; the yaml package is the slower parser).
 */
const MAY_HAVE_LOST_DIGITS = /\d\.\d*0\b/;

/** The fraction digits a metric's value was written with, where YAML's number loses some. */
export interface WrittenDigits {
  fractionDigits?: number;
}

/**
 * `fractionDigits` for each of `metrics` whose value in `source` (the entry's YAML, as text or
 * as a document the caller has parsed already) ends in a zero after the point ("27.50" → 2,
 * "16.0" → 1); the others are returned as they are.
 */
export function withWrittenDigits<T extends object>(metrics: readonly T[], source: string | Document): (T & WrittenDigits)[] {
  if (typeof source === 'string' && !MAY_HAVE_LOST_DIGITS.test(source)) return [...metrics];
  const written = (typeof source === 'string' ? parseDocument(source) : source).get('metrics');
  if (!isSeq(written)) return [...metrics];
  return metrics.map((metric, i) => {
    const item = written.items[i];
    const value = isMap(item) ? item.get('value', true) : undefined;
    const digits = isScalar(value) && typeof value.value === 'number' ? value.minFractionDigits : undefined;
    return digits ? { ...metric, fractionDigits: digits } : metric;
  });
}
