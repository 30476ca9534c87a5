/**
 * ResNet's blocks as torchvision defines them (torchvision/models/resnet.py): convs
 * without bias, each followed by BN; a 1×1 conv + BN projection on the shortcut when the
 * stride or the channel count changes; in the bottleneck the stride sits on the 3×3
 * (ResNet v1.5), which changes mult-adds but not parameters.
 */
import { addShortcut } from './combine';
import { Path } from './path';
import type { Layer, Shape } from './types';

type Basic = Extract<Layer, { type: 'basic' }>;
type Bottleneck = Extract<Layer, { type: 'bottleneck' }>;

const k1 = [1, 1] as const;
const k3 = [3, 3] as const;

export function basicUnit(layer: Basic, input: Shape, first: boolean): Path {
  const stride = first ? layer.stride : 1;
  const main = new Path(input)
    .conv({ out: layer.out, kernel: k3, stride, bn: true })
    .conv({ out: layer.out, kernel: k3, bn: true });
  if (layer.se) seGate(main, layer.se);
  return addShortcut(main, (s) => s.conv({ out: layer.out, kernel: k1, stride, bn: true }));
}

export function bottleneckUnit(layer: Bottleneck, input: Shape, first: boolean): Path {
  const stride = first ? layer.stride : 1;
  const main = new Path(input)
    .conv({ out: layer.width, kernel: k1, bn: true })
    .conv({ out: layer.width, kernel: k3, stride, groups: layer.groups, bn: true })
    .conv({ out: layer.out, kernel: k1, bn: true });
  if (layer.se) seGate(main, layer.se);
  return addShortcut(main, (s) => s.conv({ out: layer.out, kernel: k1, stride, bn: true }));
}

/**
 * Squeeze-and-excitation (Hu et al.): global pool, 1×1 conv C → C/r, ReLU, 1×1 conv
 * C/r → C, sigmoid, channel-wise scale. Its two convs act on 1×1 maps; as a side gate
 * they add parameters but not depth.
 */
export function seGate(main: Path, reduction: number): void {
  const channels = main.shape[0];
  const squeeze = Math.max(1, Math.floor(channels / reduction));
  const gate = new Path([channels, 1, 1])
    .conv({ out: squeeze, kernel: k1, bias: true })
    .conv({ out: channels, kernel: k1, bias: true });
  main.ops.push(...gate.ops);
}
