/**
 * The architecture diagram's colours (the site's drawing colours, src/lib/svg-theme.ts, by
 * layer family) and box shapes.
 */
import type { Layer } from './types';
import { seriesToken, type ColorToken } from '../svg-theme';

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

export function familyColor(layer: Layer): ColorToken {
  return seriesToken(FAMILY[layer.type]);
}

/** Blocks get a two-line box (name, then inner layers); plain layers one line. */
export function isBlock(layer: Layer): boolean {
  return FAMILY[layer.type] === 3 || FAMILY[layer.type] === 4 || layer.type === 'dw-separable';
}
