/**
 * Colours and text escaping for the architecture diagram. Every colour is a CSS custom
 * property of the site's theme (light and dark); the fallback after the comma only serves
 * an SVG opened on its own.
 */
import type { Layer } from './types';

const v = (name: string, fallback: string) => `var(--${name}, ${fallback})`;

export const COLORS = {
  text: v('color-text', '#1b1f1c'),
  muted: v('color-text-muted', '#4d5750'),
  surface: v('color-surface', '#f4f6f3'),
  border: v('color-border', '#c9d1cb'),
  accent: v('color-accent', '#1f6b3a'),
} as const;

const SERIES = ['#1f6b3a', '#1a5d9c', '#a34a00', '#7a3e9d', '#9c1d4b', '#52606d'].map((fallback, i) =>
  v(`color-series-${i + 1}`, fallback),
);

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

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
