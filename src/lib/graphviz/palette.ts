/**
 * Theme colours for Graphviz. The DOT source names each role by a placeholder colour
 * (Graphviz needs a real colour); the SVG post-processing swaps every placeholder for a
 * class (`f-muted`, `s-series-1`) that LineageGraph.astro paints with the CSS custom
 * property of the site's theme, so a graph follows the light/dark switch. Graphs are only
 * ever inlined in the site's pages: a class costs each element a few bytes where an inline
 * style with the variable cost forty (the tree page is 277 KB of mostly SVG).
 */

export type Role = 'text' | 'muted' | 'surface' | 'border' | 'accent' | `series-${1 | 2 | 3 | 4 | 5 | 6}`;

/**
 * A label's box. Never painted: the post-processing reads its bounds to centre the label's
 * text (Graphviz left-aligns it by its own, too narrow, width estimate) and drops it.
 */
export const LABEL_BOX = '#0b0b0b';

const VARS: Record<Role, [placeholder: string, cssVar: string]> = {
  text: ['#010101', 'color-text'],
  muted: ['#020202', 'color-text-muted'],
  surface: ['#030303', 'color-surface'],
  border: ['#040404', 'color-border'],
  accent: ['#050505', 'color-accent'],
  'series-1': ['#0a0a01', 'color-series-1'],
  'series-2': ['#0a0a02', 'color-series-2'],
  'series-3': ['#0a0a03', 'color-series-3'],
  'series-4': ['#0a0a04', 'color-series-4'],
  'series-5': ['#0a0a05', 'color-series-5'],
  'series-6': ['#0a0a06', 'color-series-6'],
};

/** The placeholder colour to write into DOT for a role. */
export function dotColor(role: Role): string {
  return VARS[role][0];
}

/** The series role of the i-th branch; cycles after six. */
export function seriesRole(index: number): Role {
  return `series-${((index % 6) + 1) as 1 | 2 | 3 | 4 | 5 | 6}`;
}

const ROLE_BY_PLACEHOLDER = new Map(Object.entries(VARS).map(([role, [p]]) => [p, role as Role]));

/** Every role with the theme's custom property that paints it (for the stylesheet and its test). */
export const ROLE_VARS: ReadonlyArray<[Role, string]> = Object.entries(VARS).map(([role, [, name]]) => [role as Role, name]);

/** The class that paints a role: `f-<role>` fills, `s-<role>` strokes. */
export function colorClass(property: 'fill' | 'stroke', role: Role): string {
  return `${property[0]}-${role}`;
}

/**
 * The role of a colour Graphviz wrote, or `none` for nothing. Any other colour is a bug
 * in the DOT we generate, so it throws.
 */
export function roleOf(graphvizColor: string): Role | 'none' {
  const value = graphvizColor.toLowerCase();
  if (value === 'none' || value === 'transparent') return 'none';
  const role = ROLE_BY_PLACEHOLDER.get(value);
  if (!role) throw new Error(`graphviz: colour "${graphvizColor}" is not a theme placeholder`);
  return role;
}
