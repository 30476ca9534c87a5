/**
 * Chart colours. Every colour is a CSS custom property of the site's theme, so a chart
 * follows the light/dark switch without re-rendering; the fallback after the comma is
 * only for an SVG opened on its own, outside the site's stylesheet.
 */

function cssVar(name: string, fallback: string): string {
  return `var(--${name}, ${fallback})`;
}

export const CHART_COLORS = {
  text: cssVar('color-text', '#1f2328'),
  muted: cssVar('color-text-muted', '#59636e'),
  border: cssVar('color-border', '#d1d9e0'),
  accent: cssVar('color-accent', '#1a7f37'),
} as const;

/** Six categorical colours (one per branch or series), in the order they are handed out. */
export const SERIES_COLORS: readonly string[] = [
  cssVar('color-series-1', '#1a7f37'),
  cssVar('color-series-2', '#0969da'),
  cssVar('color-series-3', '#bc4c00'),
  cssVar('color-series-4', '#8250df'),
  cssVar('color-series-5', '#bf3989'),
  cssVar('color-series-6', '#4d2d00'),
];

/** The series colour for the i-th category; cycles when there are more than six. */
export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length]!;
}
