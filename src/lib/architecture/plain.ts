/** Plain layers (conv, pool, fc, ...): one repetition as a path of primitive operations. */
import { Path } from './path';
import { pair } from './size';
import type { Layer, Shape } from './types';

type PlainType = 'conv' | 'pool' | 'global-pool' | 'fc' | 'rbf' | 'lrn' | 'dropout' | 'bn' | 'flatten';
export type PlainLayer = Extract<Layer, { type: PlainType }>;

const PLAIN = new Set<string>(['conv', 'pool', 'global-pool', 'fc', 'rbf', 'lrn', 'dropout', 'bn', 'flatten']);
export const isPlain = (layer: Layer): layer is PlainLayer => PLAIN.has(layer.type);

/** One repetition of a plain layer; `first` says whether it takes the layer's stride. */
export function plainUnit(layer: PlainLayer, input: Shape, first: boolean): Path {
  const path = new Path(input);
  switch (layer.type) {
    case 'conv':
      return path.conv({
        out: layer.out,
        kernel: pair(layer.kernel),
        stride: first ? layer.stride : 1,
        padding: layer.padding,
        groups: layer.depthwise ? input[0] : layer.groups,
        bias: layer.bias,
        bn: layer.bn,
        connections: first ? layer.connections : undefined,
      });
    case 'pool': {
      const kernel = pair(layer.kernel);
      return path.pool(kernel, layer.stride ?? kernel[0], layer.padding, layer.ceil, layer.trainable);
    }
    case 'global-pool':
      return path.globalPool();
    case 'fc':
      return path.fc(layer.out, layer.bias);
    case 'rbf':
      return path.rbf(layer.out, layer.trainable);
    case 'lrn':
    case 'dropout':
      return path.mark(layer.type);
    case 'bn':
      return path.bn();
    case 'flatten':
      return path.flatten();
  }
}
