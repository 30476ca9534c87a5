/** Number formats of the diagram and the layer table. */
import type { Locale } from '../i18n';

/** 25557032 -> "25,557,032" (both locales group by thousands, as the papers do). */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US').format(value);
}

/** 4089184256 -> "4.09 G", 300774272 -> "301 M": three significant digits and an SI prefix (mult-adds, parameter counts). */
export function formatSi(value: number): string {
  const [unit, scale] = value >= 1e9 ? ['G', 1e9] : value >= 1e6 ? ['M', 1e6] : value >= 1e3 ? ['K', 1e3] : ['', 1];
  const n = value / scale;
  return `${Number(n.toPrecision(3))}${unit ? ` ${unit}` : ''}`;
}
