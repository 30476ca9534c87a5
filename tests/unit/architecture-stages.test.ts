// The stages <Stages> tabulates, computed from the content YAML's layer specs, against the
// papers' tables (ResNet Table 1, DenseNet Table 1, VGG Table 1), and each variant's
// computed depth against the number in its name.
import { describe, expect, it } from 'vitest';
import { blockLabel, stagesOf, summarizeArchitecture } from '../../src/lib/architecture';
import { specOf } from './architecture-specs';

/** [model file, variant, repeats per stage in the paper, depth in the name]. */
const PAPERS: [string, string, number[], number][] = [
  ['resnet', 'resnet-18', [2, 2, 2, 2], 18],
  ['resnet', 'resnet-34', [3, 4, 6, 3], 34],
  ['resnet', 'resnet-50', [3, 4, 6, 3], 50],
  ['resnet', 'resnet-101', [3, 4, 23, 3], 101],
  ['resnet', 'resnet-152', [3, 8, 36, 3], 152],
  ['densenet', 'densenet-121', [6, 12, 24, 16], 121],
  ['densenet', 'densenet-169', [6, 12, 32, 32], 169],
  ['densenet', 'densenet-201', [6, 12, 48, 32], 201],
  ['densenet', 'densenet-161', [6, 12, 36, 24], 161],
  ['vgg', 'vgg-11', [1, 1, 2, 2, 2], 11],
  ['vgg', 'vgg-13', [2, 2, 2, 2, 2], 13],
  ['vgg', 'vgg-16', [2, 2, 3, 3, 3], 16],
  ['vgg', 'vgg-19', [2, 2, 4, 4, 4], 19],
];

describe('stages of a layer spec', () => {
  it.each(PAPERS)('%s %s: the paper’s stages and the depth in its name', (model, variant, repeats, depth) => {
    const spec = specOf(model, variant);
    expect(stagesOf(spec)?.repeats).toEqual(repeats);
    expect(summarizeArchitecture(spec).weightedLayers).toBe(depth);
  });

  it('names the block with what sets a variant apart', () => {
    expect(blockLabel(stagesOf(specOf('densenet', 'densenet-161'))!.block, 'en')).toBe('dense block, k = 48');
    expect(blockLabel(stagesOf(specOf('densenet', 'densenet-121'))!.block, 'zh')).toBe('稠密块，k = 32');
    expect(blockLabel(stagesOf(specOf('resnext', 'resnext-50-32x4d'))!.block, 'en')).toBe('bottleneck, 32 groups');
    expect(blockLabel(stagesOf(specOf('vgg', 'vgg-16'))!.block, 'en')).toBe('conv, 3×3');
    expect(blockLabel(stagesOf(specOf('resnet', 'resnet-18'))!.block, 'zh')).toBe('残差块');
  });

  it('finds no stages where no layer repeats', () => {
    expect(stagesOf(specOf('lenet-5'))).toBeUndefined();
  });
});
