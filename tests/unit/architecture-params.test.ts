// Parameter counts computed from the content YAML's layer specs equal the published
// counts, with torchvision's definition of a parameter (weights, biases, BN's γ and β).
import { describe, expect, it } from 'vitest';
import { countParameters } from '../../src/lib/architecture';
import { countProblems, publishedOf, specOf } from './architecture-specs';

/** [model file, variant, published count, source]. */
const PUBLISHED: [string, string | undefined, number, string][] = [
  ['alexnet', 'alexnet-torchvision', 61_100_840, 'torchvision'],
  ['vgg', 'vgg-11', 132_863_336, 'torchvision'],
  ['vgg', 'vgg-13', 133_047_848, 'torchvision'],
  ['vgg', 'vgg-16', 138_357_544, 'torchvision'],
  ['vgg', 'vgg-19', 143_667_240, 'torchvision'],
  ['googlenet', 'googlenet-torchvision', 6_624_904, 'torchvision'],
  ['resnet', 'resnet-18', 11_689_512, 'torchvision'],
  ['resnet', 'resnet-34', 21_797_672, 'torchvision'],
  ['resnet', 'resnet-50', 25_557_032, 'torchvision'],
  ['resnet', 'resnet-101', 44_549_160, 'torchvision'],
  ['resnet', 'resnet-152', 60_192_808, 'torchvision'],
  ['resnext', 'resnext-50-32x4d', 25_028_904, 'torchvision'],
  ['wrn', 'wrn-50-2', 68_883_240, 'torchvision'],
  // Cadene's se_resnet50 (the authors' Caffe weights, converted), as osmr/imgclsmob's table lists it.
  ['senet', 'se-resnet-50', 28_088_024, 'osmr/imgclsmob, Cadene’s se_resnet50'],
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
  // The trainable count (osmr/imgclsmob's table; Keras's summary lists the same as trainable,
  // and 4,253,864 in total with BN's moving mean and variance).
  ['mobilenet-v1', undefined, 4_231_976, 'osmr/imgclsmob, Keras trainable'],
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

  it('AlexNet (paper): the paper’s kernel shapes give 60,965,224, the count of Caffe’s bvlc_alexnet', () => {
    // Section 3.5: 96 kernels of 11×11×3; 256 of 5×5×48 and, in layers 4 and 5, 384 and 256 of
    // 3×3×192 (each GPU sees only its own half of the maps: groups of 2, as in bvlc_alexnet's
    // deploy.prototxt); 384 of 3×3×256 in layer 3, which connects across GPUs; 4096, 4096, 1000 units.
    const count = countParameters(specOf('alexnet', 'alexnet'));
    const paper = {
      conv1: 11 * 11 * 3 * 96 + 96,
      conv2: 5 * 5 * 48 * 256 + 256,
      conv3: 3 * 3 * 256 * 384 + 384,
      conv4: 3 * 3 * 192 * 384 + 384,
      conv5: 3 * 3 * 192 * 256 + 256,
      fc6: 6 * 6 * 256 * 4096 + 4096,
      fc7: 4096 * 4096 + 4096,
      fc8: 4096 * 1000 + 1000,
    };
    expect(countProblems('alexnet (paper)', count, 60_965_224, paper)).toEqual([]);
    // Without the two-GPU groups the same widths would give 62,378,344.
    expect(count.total + (5 * 5 * 48 * 256) + (3 * 3 * 192 * 384) + (3 * 3 * 192 * 256)).toBe(62_378_344);
  });

  it('GoogLeNet (paper): 6,998,552 without the auxiliary classifiers, the count of Caffe’s bvlc_googlenet', () => {
    // Biases instead of BN, true 5×5 kernels: the count HPE's DLBS model table gives for
    // BVLC's bvlc_googlenet deploy network (no auxiliary heads, which are only in train_val).
    const paper = countParameters(specOf('googlenet', 'googlenet'));
    expect(countProblems('googlenet (paper)', paper, 6_998_552, { conv1: 7 * 7 * 3 * 64 + 64, fc: 1024 * 1000 + 1000 })).toEqual([]);
    // torchvision's version: BN (2 per channel) instead of a bias (1), and 3×3 in the "5×5" branch.
    const tv = countParameters(specOf('googlenet', 'googlenet-torchvision'));
    expect(paper.total - tv.total).toBe(373_648);
  });

  it('MobileNet v1: adding BN’s running statistics gives Keras’s total of 4,253,864', () => {
    const count = countParameters(specOf('mobilenet-v1'));
    expect(count.total + (count.byKind.bn ?? 0)).toBe(4_253_864);
    // The published count in the YAML is the trainable one, the same as the computed count.
    expect(publishedOf('mobilenet-v1')?.value).toBe(count.total);
  });

  it('a count written in the YAML next to a spec agrees with the computed one', () => {
    const disagreements = PUBLISHED.flatMap(([model, variant]) => {
      const written = publishedOf(model, variant);
      if (!written) return [];
      const computed = countParameters(specOf(model, variant)).total;
      return computed === written.value ? [] : [`${variant ?? model}: YAML says ${written.value}, spec gives ${computed}`];
    });
    expect(disagreements).toEqual([]);
  });
});
