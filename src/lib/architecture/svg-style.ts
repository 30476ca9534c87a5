/**
 * Colours and text escaping for the architecture diagram. Colours are tokens that
 * `fill()` and `stroke()` turn into short class names (`ft`, `s3`); the stylesheet in
 * ArchitectureDiagram.astro maps each to a CSS custom property of the site's theme, so
 * the diagram follows light and dark and carries no colour of its own. Classes rather
 * than a style attribute per element keep a model page within its byte budget.
 */
import type { Layer } from './types';

export const COLORS = { text: 't', muted: 'm', surface: 's', border: 'b', accent: 'a' } as const;

const SERIES = ['1', '2', '3', '4', '5', '6'];

/** The class that fills with a colour token. */
export const fill = (token: string) => `f${token}`;
/** The class that strokes with a colour token. */
export const stroke = (token: string) => `s${token}`;

/** Layer families share a colour: convs, pooling, fully connected, residual blocks, multi-branch modules, the rest. */
const FAMILY: Record<Layer['type'], number> = {
  conv: 0,
  'dw-separable': 0,
  pool: 1,
  'global-pool': 1,
  fc: 2,
  rbf: 2,
  basic: 3,
  bottleneck: 3,
  'inverted-residual': 3,
  'shuffle-unit': 3,
  inception: 4,
  'dense-block': 4,
  transition: 4,
  fire: 4,
  lrn: 5,
  dropout: 5,
  bn: 5,
  flatten: 5,
};

export function familyColor(layer: Layer): string {
  return SERIES[FAMILY[layer.type]]!;
}

/** Blocks get a two-line box (name, then inner layers); plain layers one line. */
export function isBlock(layer: Layer): boolean {
  return FAMILY[layer.type] === 3 || FAMILY[layer.type] === 4 || layer.type === 'dw-separable';
}
