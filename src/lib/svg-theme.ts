/**
 * The colours of the site's inline drawings (architecture diagrams and lineage graphs) as
 * classes: `fill(token)` and `stroke(token)` give short class names (`ft`, `s3`) that
 * src/styles/svg-theme.css maps to the theme's custom properties, so a drawing follows light
 * and dark and carries no colour of its own. Classes rather than a style attribute per
 * element keep a model page within its byte budget.
 */

/** Each colour token with the custom property of src/styles/theme.css that paints it. */
export const THEME_VARS = {
  t: 'color-text',
  m: 'color-text-muted',
  s: 'color-surface',
  b: 'color-border',
  a: 'color-accent',
  '1': 'color-series-1',
  '2': 'color-series-2',
  '3': 'color-series-3',
  '4': 'color-series-4',
  '5': 'color-series-5',
  '6': 'color-series-6',
} as const;
export type ColorToken = keyof typeof THEME_VARS;

/** The tokens of the theme's named colours. */
export const COLORS = { text: 't', muted: 'm', surface: 's', border: 'b', accent: 'a' } as const;

/** The six series colours, for branches or layer families; cycles after six. */
export const seriesToken = (index: number): ColorToken => String((index % 6) + 1) as ColorToken;

/** The class that fills with a colour token. */
export const fill = (token: ColorToken) => `f${token}`;
/** The class that strokes with a colour token. */
export const stroke = (token: ColorToken) => `s${token}`;
