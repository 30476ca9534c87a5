/** Shape propagation: the C×H×W of the feature map before and after every layer. */
import { analyzeArchitecture } from './analyze';
import type { Architecture, Shape } from './types';

export interface LayerShape {
  index: number;
  input: Shape;
  output: Shape;
}

/** Input and output shape of every layer and block of the spec, in order. */
export function propagateShapes(spec: Architecture): LayerShape[] {
  return analyzeArchitecture(spec).map(({ index, input, output }) => ({ index, input, output }));
}

/** "64×112×112" for a feature map, "4096" for a vector. */
export function formatShape([c, h, w]: Shape): string {
  return h === 1 && w === 1 ? String(c) : `${c}×${h}×${w}`;
}
