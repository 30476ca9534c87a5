// Parameter counts computed from the content YAML's layer specs equal the published
// counts, with torchvision's definition of a parameter (weights, biases, BN's γ and β).
import { describe, expect, it } from 'vitest';
import { countParameters } from '../../src/lib/architecture';
import { countProblems, publishedOf, specOf } from './architecture-specs';

/** [model file, variant, published count, source]. */
const PUBLISHED: [string, string | undefined, number, string][] = [
  ['alexnet', undefined, 61_100_840, 'torchvision'],
  ['vgg', 'vgg-11', 132_863_336, 'torchvision'],
  ['vgg', 'vgg-13', 133_047_848, 'torchvision'],
  ['vgg', 'vgg-16', 138_357_544, 'torchvision'],
  ['vgg', 'vgg-19', 143_667_240, 'torchvision'],
  ['googlenet', undefined, 6_624_904, 'torchvision'],
  ['resnet', 'resnet-18', 11_689_512, 'torchvision'],
  ['resnet', 'resnet-34', 21_797_672, 'torchvision'],
  ['resnet', 'resnet-50', 25_557_032, 'torchvision'],
  ['resnet', 'resnet-101', 44_549_160, 'torchvision'],
  ['resnet', 'resnet-152', 60_192_808, 'torchvision'],
  ['densenet', 'densenet-121', 7_978_856, 'torchvision'],
  ['densenet', 'densenet-161', 28_681_000, 'torchvision'],
  ['densenet', 'densenet-169', 14_149_480, 'torchvision'],
  ['densenet', 'densenet-201', 20_013_928, 'torchvision'],
  ['squeezenet', 'squeezenet-1.0', 1_248_424, 'torchvision'],
  ['squeezenet', 'squeezenet-1.1', 1_235_496, 'torchvision'],
  ['mobilenet-v2', undefined, 3_504_872, 'torchvision'],
  ['shufflenet-v2', 'shufflenet-v2-0.5x', 1_366_792, 'torchvision'],
  ['shufflenet-v2', 'shufflenet-v2-1.0x', 2_278_604, 'torchvision'],
  ['shufflenet-v2', 'shufflenet-v2-1.5x', 3_503_624, 'torchvision'],
  ['shufflenet-v2', 'shufflenet-v2-2.0x', 7_393_996, 'torchvision'],
  // Keras's trainable count (its table's 4,253,864 adds BN's moving mean and variance).
  ['mobilenet-v1', undefined, 4_231_976, 'Keras Applications (trainable)'],
];

/** Per-block counts known independently (torchvision's model summaries, VGG's and LeNet-5's papers). */
const BLOCKS: Record<string, Record<string, number>> = {
  'resnet-50': { conv1: 9_536, layer1: 215_808, layer2: 1_219_584, layer3: 7_098_368, layer4: 14_964_736, fc: 2_049_000 },
  'resnet-18': { conv1: 9_536, layer1: 147_968, layer2: 525_568, layer3: 2_099_712, layer4: 8_393_728, fc: 513_000 },
  'vgg-16': { conv1: 1_792 + 36_928, conv3: 295_168 + 2 * 590_080, fc6: 102_764_544, fc7: 16_781_312, fc8: 4_097_000 },
  'densenet-121': { conv0: 9_536, norm5: 2_048, fc: 1_025_000 },
};

describe('parameter counts equal the published ones', () => {
  for (const [model, variant, published, source] of PUBLISHED) {
    const id = variant ?? model;
    it(`${id}: ${published.toLocaleString('en-US')} (${source})`, () => {
      const count = countParameters(specOf(model, variant));
      expect(countProblems(id, count, published, BLOCKS[id])).toEqual([]);
    });
  }

  it('LeNet-5: the paper’s 60,000, layer by layer (C1 156, S2 12, C3 1,516, S4 32, C5 48,120, F6 10,164)', () => {
    const count = countParameters(specOf('lenet-5'));
    const paper = { C1: 156, S2: 12, C3: 1_516, S4: 32, C5: 48_120, F6: 10_164, output: 0 };
    expect(countProblems('lenet-5', count, 60_000, paper)).toEqual([]);
    // The RBF output's 84 × 10 centres exist but were fixed by hand.
    expect(count.fixed).toBe(840);
  });

  it('MobileNet v1: adding BN’s running statistics gives Keras’s total of 4,253,864', () => {
    const count = countParameters(specOf('mobilenet-v1'));
    expect(count.total + (count.byKind.bn ?? 0)).toBe(4_253_864);
  });

  it('a torchvision count written in the YAML agrees with the computed one', () => {
    const disagreements = PUBLISHED.flatMap(([model, variant]) => {
      const written = publishedOf(model, variant);
      if (written?.kind !== 'torchvision') return [];
      const computed = countParameters(specOf(model, variant)).total;
      return computed === written.value ? [] : [`${variant ?? model}: YAML says ${written.value}, spec gives ${computed}`];
    });
    expect(disagreements).toEqual([]);
  });
});
