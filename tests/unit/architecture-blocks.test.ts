// Block options beyond the content specs: ResNeXt's groups, Wide ResNet's width and
// squeeze-and-excitation, checked against published counts on inline specs.
import { describe, expect, it } from 'vitest';
import { architectureSchema } from '../../src/schemas/architecture';
import { countParameters } from '../../src/lib/architecture';

/** A ResNet-50-shaped spec with the bottleneck's inner widths, groups and SE ratio given. */
function resnet50Like(widths: number[], groups = 1, se?: number) {
  const stages = [3, 4, 6, 3].map((repeat, i) => ({
    type: 'bottleneck',
    name: `layer${i + 1}`,
    width: widths[i],
    out: 256 << i,
    stride: i === 0 ? 1 : 2,
    groups,
    repeat,
    ...(se ? { se } : {}),
  }));
  return architectureSchema.parse({
    input: [3, 224, 224],
    layers: [
      { type: 'conv', out: 64, kernel: 7, stride: 2, bn: true },
      { type: 'pool', kernel: 3, stride: 2, padding: 1 },
      ...stages,
      { type: 'global-pool' },
      { type: 'fc', out: 1000 },
    ],
  });
}

describe('bottleneck options', () => {
  it('ResNeXt-50 32×4d: 25,028,904 (torchvision)', () => {
    expect(countParameters(resnet50Like([128, 256, 512, 1024], 32)).total).toBe(25_028_904);
  });
  it('Wide ResNet-50-2: 68,883,240 (torchvision)', () => {
    expect(countParameters(resnet50Like([128, 256, 512, 1024])).total).toBe(68_883_240);
  });
  it('SE-ResNet-50 (r = 16): 28,088,024 (timm seresnet50)', () => {
    expect(countParameters(resnet50Like([64, 128, 256, 512], 1, 16)).total).toBe(28_088_024);
  });
  it('the first repetition carries the projection shortcut, the others do not', () => {
    const layer2 = countParameters(resnet50Like([64, 128, 256, 512])).layers.find((l) => l.name === 'layer2')!;
    const projection = 256 * 512 + 2 * 512;
    expect(layer2.perRepeat[0]! - layer2.perRepeat[1]!).toBe(256 * 128 - 512 * 128 + projection);
  });
});
