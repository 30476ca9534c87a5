/**
 * Theme colours for Graphviz. The DOT source names each role by a placeholder colour
 * (Graphviz needs a real colour); the SVG post-processing swaps every placeholder for
 * the CSS custom property of the site's theme, so a graph follows the light/dark switch.
 * The fallback after the comma (the light theme of src/styles/theme.css) only serves an
 * SVG opened outside the site.
 */

export type Role = 'text' | 'muted' | 'surface' | 'border' | 'accent' | `series-${1 | 2 | 3 | 4 | 5 | 6}`;

/**
 * A label's box. Never painted: the post-processing reads its bounds to centre the label's
 * text (Graphviz left-aligns it by its own, too narrow, width estimate) and drops it.
 */
export const LABEL_BOX = '#0b0b0b';

const VARS: Record<Role, [placeholder: string, cssVar: string, fallback: string]> = {
  text: ['#010101', 'color-text', '#1b1f1c'],
  muted: ['#020202', 'color-text-muted', '#4d5750'],
  surface: ['#030303', 'color-surface', '#f4f6f3'],
  border: ['#040404', 'color-border', '#c9d1cb'],
  accent: ['#050505', 'color-accent', '#1f6b3a'],
  'series-1': ['#0a0a01', 'color-series-1', '#1f6b3a'],
  'series-2': ['#0a0a02', 'color-series-2', '#1a5d9c'],
  'series-3': ['#0a0a03', 'color-series-3', '#a34a00'],
  'series-4': ['#0a0a04', 'color-series-4', '#7a3e9d'],
  'series-5': ['#0a0a05', 'color-series-5', '#9c1d4b'],
  'series-6': ['#0a0a06', 'color-series-6', '#52606d'],
};

/** The placeholder colour to write into DOT for a role. */
export function dotColor(role: Role): string {
  return VARS[role][0];
}

/** The series role of the i-th branch; cycles after six. */
export function seriesRole(index: number): Role {
  return `series-${((index % 6) + 1) as 1 | 2 | 3 | 4 | 5 | 6}`;
}

const BY_PLACEHOLDER = new Map(Object.values(VARS).map(([p, name, fallback]) => [p, `var(--${name}, ${fallback})`]));

/**
 * The CSS value for a colour Graphviz wrote: `none` for nothing, the theme variable for a
 * placeholder. Any other colour is a bug in the DOT we generate, so it throws.
 */
export function cssColor(graphvizColor: string): string {
  const value = graphvizColor.toLowerCase();
  if (value === 'none' || value === 'transparent') return 'none';
  const css = BY_PLACEHOLDER.get(value);
  if (!css) throw new Error(`graphviz: colour "${graphvizColor}" is not a theme placeholder`);
  return css;
}
