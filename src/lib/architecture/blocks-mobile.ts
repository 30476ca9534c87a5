/**
 * Blocks of the mobile networks: MobileNet v1's depthwise separable conv (as in Keras
 * Applications), MobileNet v2's inverted residual and ShuffleNet v2's unit (as in
 * torchvision's mobilenetv2.py and shufflenetv2.py). Every conv is bias-free and
 * followed by BN.
 */
import { concat } from './combine';
import { ArchitectureError } from './errors';
import { seGate } from './blocks-residual';
import { Path } from './path';
import type { Layer, Shape } from './types';

type DwSeparable = Extract<Layer, { type: 'dw-separable' }>;
type InvertedResidual = Extract<Layer, { type: 'inverted-residual' }>;
type ShuffleUnit = Extract<Layer, { type: 'shuffle-unit' }>;

const k1 = [1, 1] as const;

/** A depthwise conv: one k×k filter per channel. */
function depthwise(path: Path, kernel: number, stride: number): Path {
  return path.conv({ out: path.shape[0], kernel: [kernel, kernel], stride, groups: path.shape[0], bn: true });
}

export function dwSeparableUnit(layer: DwSeparable, input: Shape, first: boolean): Path {
  return depthwise(new Path(input), layer.kernel, first ? layer.stride : 1).conv({ out: layer.out, kernel: k1, bn: true });
}

/** 1×1 expand to round(t·C) (skipped when t = 1), k×k depthwise, linear 1×1 projection; identity shortcut when shapes agree. */
export function invertedResidualUnit(layer: InvertedResidual, input: Shape, first: boolean): Path {
  const main = new Path(input);
  if (layer.expand !== 1) main.conv({ out: Math.round(input[0] * layer.expand), kernel: k1, bn: true });
  depthwise(main, layer.kernel, first ? layer.stride : 1);
  if (layer.se) seGate(main, layer.se);
  // The shortcut, when shapes agree, is an identity: no parameters.
  return main.conv({ out: layer.out, kernel: k1, bn: true });
}

/**
 * Stride 1: split the channels in half; one half passes, the other goes through
 * 1×1 → 3×3 depthwise → 1×1. Stride 2: both branches see the whole input (the left one
 * is 3×3 depthwise → 1×1), so the channels double. Then concat and channel shuffle.
 */
export function shuffleUnit(layer: ShuffleUnit, input: Shape, first: boolean): Path {
  const stride = first ? layer.stride : 1;
  const half = layer.out >> 1;
  const right = (from: Shape) =>
    depthwise(new Path(from).conv({ out: half, kernel: k1, bn: true }), 3, stride).conv({ out: half, kernel: k1, bn: true });
  if (stride === 1) {
    if (input[0] !== layer.out) {
      throw new ArchitectureError(`a stride-1 unit keeps its ${input[0]} channels; write out: ${input[0]} or stride: 2`, 'out');
    }
    const passed: Shape = [input[0] - half, input[1], input[2]];
    const split: Shape = [half, input[1], input[2]];
    return concat(input, [new Path(input, passed), right(split)]);
  }
  const left = depthwise(new Path(input), 3, stride).conv({ out: half, kernel: k1, bn: true });
  return concat(input, [left, right(input)]);
}
