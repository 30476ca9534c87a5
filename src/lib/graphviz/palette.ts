/**
 * Theme colours for Graphviz. The DOT source names each role by a placeholder colour
 * (Graphviz needs a real colour); the SVG post-processing swaps every placeholder for the
 * class of the site's drawing colours (src/lib/svg-theme.ts: `fm`, `s1`), so a graph follows
 * the light/dark switch as the architecture diagrams do.
 */
import { COLORS, fill, seriesToken, stroke, type ColorToken } from '../svg-theme';

export type Role = 'text' | 'muted' | 'surface' | 'border' | 'accent' | `series-${1 | 2 | 3 | 4 | 5 | 6}`;

/**
 * A label's box. Never painted: the post-processing reads its bounds to centre the label's
 * text (Graphviz left-aligns it by its own, too narrow, width estimate) and drops it.
 */
export const LABEL_BOX = '#0b0b0b';

const VARS: Record<Role, [placeholder: string, token: ColorToken]> = {
  text: ['#010101', COLORS.text],
  muted: ['#020202', COLORS.muted],
  surface: ['#030303', COLORS.surface],
  border: ['#040404', COLORS.border],
  accent: ['#050505', COLORS.accent],
  'series-1': ['#0a0a01', seriesToken(0)],
  'series-2': ['#0a0a02', seriesToken(1)],
  'series-3': ['#0a0a03', seriesToken(2)],
  'series-4': ['#0a0a04', seriesToken(3)],
  'series-5': ['#0a0a05', seriesToken(4)],
  'series-6': ['#0a0a06', seriesToken(5)],
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

/** The class that paints a role (`ft` fills with the text colour, `s1` strokes with series 1). */
export function colorClass(property: 'fill' | 'stroke', role: Role): string {
  return (property === 'fill' ? fill : stroke)(VARS[role][1]);
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
