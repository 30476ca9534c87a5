/**
 * Multi-branch modules, as torchvision defines them: GoogLeNet's Inception
 * (googlenet.py), DenseNet's dense layer and transition (densenet.py) and SqueezeNet's
 * fire module (squeezenet.py).
 */
import { concat } from './combine';
import { Path } from './path';
import type { Layer, Shape } from './types';

type Inception = Extract<Layer, { type: 'inception' }>;
type DenseBlock = Extract<Layer, { type: 'dense-block' }>;
type Transition = Extract<Layer, { type: 'transition' }>;
type Fire = Extract<Layer, { type: 'fire' }>;

const k1 = [1, 1] as const;
const k3 = [3, 3] as const;

/**
 * Four branches: 1×1; 1×1 → 3×3; 1×1 → "5×5"; 3×3/1 max pool → 1×1. With `bn`, every conv
 * is torchvision's BasicConv2d (no bias, BN); torchvision's "5×5" branch is a 3×3
 * (`b5Kernel: 3`), kept so that its published weights still load.
 */
export function inceptionUnit(layer: Inception, input: Shape): Path {
  const bn = layer.bn;
  const k5 = [layer.b5Kernel, layer.b5Kernel] as const;
  return concat(input, [
    new Path(input).conv({ out: layer.b1, kernel: k1, bn }),
    new Path(input).conv({ out: layer.b3[0], kernel: k1, bn }).conv({ out: layer.b3[1], kernel: k3, bn }),
    new Path(input).conv({ out: layer.b5[0], kernel: k1, bn }).conv({ out: layer.b5[1], kernel: k5, bn }),
    new Path(input).pool(k3, 1, 1, true).conv({ out: layer.pool, kernel: k1, bn }),
  ]);
}

/** One dense layer: BN-ReLU-1×1 conv (bottleneck × growth), BN-ReLU-3×3 conv (growth); its output is concatenated to its input. */
export function denseUnit(layer: DenseBlock, input: Shape): Path {
  const inner = new Path(input).bn();
  if (layer.bottleneck > 0) inner.conv({ out: layer.bottleneck * layer.growth, kernel: k1, bias: false }).bn();
  inner.conv({ out: layer.growth, kernel: k3, bias: false });
  return concat(input, [new Path(input), inner]);
}

/** BN-ReLU-1×1 conv, then a 2×2 average pool with stride 2. */
export function transitionUnit(layer: Transition, input: Shape): Path {
  return new Path(input).bn().conv({ out: layer.out, kernel: k1, bias: false }).pool([2, 2], 2);
}

/** 1×1 squeeze, then 1×1 and 3×3 expands side by side; every conv has a bias and no BN. */
export function fireUnit(layer: Fire, input: Shape): Path {
  const squeezed = new Path(input).conv({ out: layer.squeeze, kernel: k1 });
  const expands = concat(squeezed.shape, [
    new Path(squeezed.shape).conv({ out: layer.expand, kernel: k1 }),
    new Path(squeezed.shape).conv({ out: layer.expand, kernel: k3 }),
  ]);
  return squeezed.then(expands);
}
