// Shape propagation through every layer, the window arithmetic behind it, and the
// summary that comparison tables show.
import { describe, expect, it } from 'vitest';
import { formatShape, outSize, propagateShapes, summarizeArchitecture } from '../../src/lib/architecture';
import { buildModelTable } from '../../src/lib/model-table';
import { loadModels } from '../support/content';
import { specOf } from './architecture-specs';

/** Output shapes by layer name (or index), as "C×H×W". */
function shapesOf(model: string, variant?: string): Record<string, string> {
  const spec = specOf(model, variant);
  return Object.fromEntries(propagateShapes(spec).map((s) => [spec.layers[s.index]!.name ?? String(s.index), formatShape(s.output)]));
}

describe('window arithmetic', () => {
  it('floors by default and rounds up in ceil mode', () => {
    expect(outSize(224, 11, 4, 2)).toBe(55);
    expect(outSize(112, 3, 2, 0)).toBe(55);
    expect(outSize(112, 3, 2, 0, true)).toBe(56);
  });
  it('never starts a ceil-mode window in the right padding (PyTorch’s rule)', () => {
    expect(outSize(5, 2, 2, 1, true)).toBe(3);
    expect(outSize(6, 2, 2, 1, true)).toBe(4);
  });
});

describe('shapes through the networks', () => {
  it('LeNet-5 follows the paper’s Fig. 2', () => {
    expect(shapesOf('lenet-5')).toEqual({ C1: '6×28×28', S2: '6×14×14', C3: '16×10×10', S4: '16×5×5', C5: '120', F6: '84', output: '10' });
  });
  it('AlexNet (torchvision): 55, 27, 13, 6', () => {
    const shapes = propagateShapes(specOf('alexnet', 'alexnet-torchvision')).map((s) => formatShape(s.output));
    expect(shapes.slice(0, 8)).toEqual(['64×55×55', '64×27×27', '192×27×27', '192×13×13', '384×13×13', '256×13×13', '256×13×13', '256×6×6']);
  });
  it('ZFNet follows the paper’s Fig. 3: 110, 55, 26, 13, 6', () => {
    const shapes = propagateShapes(specOf('zfnet')).map((s) => formatShape(s.output));
    expect(shapes).toContain('96×110×110');
    expect(shapes).toContain('96×55×55');
    expect(shapes).toContain('256×26×26');
    expect(shapes).toContain('256×6×6');
  });
  it('AlexNet (paper): 227×227 input, 55, 27, 13, 6, the shapes of Caffe’s bvlc_alexnet', () => {
    const s = shapesOf('alexnet', 'alexnet');
    expect([s.conv1, s.pool1, s.conv2, s.pool2, s.conv3, s.conv4, s.conv5, s.pool5]).toEqual([
      '96×55×55', '96×27×27', '256×27×27', '256×13×13', '384×13×13', '384×13×13', '256×13×13', '256×6×6',
    ]);
  });
  it('GoogLeNet’s ceil-mode pools give 56, 28, 14, 7', () => {
    const s = shapesOf('googlenet', 'googlenet-torchvision');
    expect([s['1'], s['3a'], s['3b'], s['4e'], s['5b']]).toEqual(['64×56×56', '256×28×28', '480×28×28', '832×14×14', '1024×7×7']);
    // The paper's 3×3 stride-2 pool after 4e gives the same 7×7 as torchvision's 2×2 one.
    const p = shapesOf('googlenet', 'googlenet');
    expect([p.pool1, p['3a'], p['3b'], p['4e'], p.pool4, p['5b']]).toEqual(['64×56×56', '256×28×28', '480×28×28', '832×14×14', '832×7×7', '1024×7×7']);
  });
  it('ResNeXt-50, WRN-50-2 and SE-ResNet-50 stages end at 56, 28, 14, 7', () => {
    for (const [model, variant] of [['resnext', 'resnext-50-32x4d'], ['wrn', 'wrn-50-2'], ['senet', 'se-resnet-50']] as const) {
      const s = shapesOf(model, variant);
      expect([s.layer1, s.layer2, s.layer3, s.layer4], variant).toEqual(['256×56×56', '512×28×28', '1024×14×14', '2048×7×7']);
    }
  });
  it('ResNet-50 stages end at 56, 28, 14, 7', () => {
    const s = shapesOf('resnet', 'resnet-50');
    expect([s.layer1, s.layer2, s.layer3, s.layer4]).toEqual(['256×56×56', '512×28×28', '1024×14×14', '2048×7×7']);
  });
  it('DenseNet-121 grows by 32 channels a layer and halves at each transition', () => {
    const s = shapesOf('densenet', 'densenet-121');
    expect([s.block1, s.transition1, s.block2, s.block3, s.block4]).toEqual(['256×56×56', '128×28×28', '512×28×28', '1024×14×14', '1024×7×7']);
  });
  it('SqueezeNet 1.0: 109, 54, 27, 13', () => {
    const s = shapesOf('squeezenet', 'squeezenet-1.0');
    expect([s.conv1, s['1'], s.fire4, s.fire9, s.conv10]).toEqual(['96×109×109', '96×54×54', '256×54×54', '512×13×13', '1000×13×13']);
  });
  it('MobileNet v2 and ShuffleNet v2 end at 7×7', () => {
    expect(shapesOf('mobilenet-v2').conv2).toBe('1280×7×7');
    const s = shapesOf('shufflenet-v2', 'shufflenet-v2-1.0x');
    expect([s.stage2, s.stage3, s.stage4]).toEqual(['116×28×28', '232×14×14', '464×7×7']);
  });
});

describe('summary for comparison tables', () => {
  it('counts depth as the papers do', () => {
    const depth = (model: string, variant?: string) => summarizeArchitecture(specOf(model, variant)).weightedLayers;
    expect(depth('lenet-5')).toBe(7);
    expect(depth('alexnet', 'alexnet-torchvision')).toBe(8);
    expect(depth('alexnet', 'alexnet')).toBe(8);
    expect(depth('vgg', 'vgg-16')).toBe(16);
    expect(depth('vgg', 'vgg-19')).toBe(19);
    expect(depth('googlenet', 'googlenet-torchvision')).toBe(22);
    expect(depth('googlenet', 'googlenet')).toBe(22);
    expect(depth('resnet', 'resnet-50')).toBe(50);
    expect(depth('resnet', 'resnet-152')).toBe(152);
    expect(depth('resnext', 'resnext-50-32x4d')).toBe(50);
    expect(depth('wrn', 'wrn-50-2')).toBe(50);
    expect(depth('senet', 'se-resnet-50')).toBe(50);
    expect(depth('densenet', 'densenet-121')).toBe(121);
    expect(depth('mobilenet-v1')).toBe(28);
  });
  it('lists kernels, fc sizes and the features used', () => {
    expect(summarizeArchitecture(specOf('zfnet'))).toEqual({
      weightedLayers: 8,
      convLayers: 5,
      fcLayers: 3,
      kernelSizes: [7, 5, 3],
      fcSizes: [4096, 4096, 1000],
      hasLRN: true,
      hasDropout: true,
      hasBatchNorm: false,
      hasInception: false,
    });
    const googlenet = summarizeArchitecture(specOf('googlenet', 'googlenet-torchvision'));
    expect([googlenet.hasInception, googlenet.hasBatchNorm, googlenet.hasLRN]).toEqual([true, true, false]);
    // The paper's GoogLeNet: LRN, no batch norm, true 5×5 kernels.
    expect(summarizeArchitecture(specOf('googlenet', 'googlenet'))).toMatchObject({
      hasInception: true, hasBatchNorm: false, hasLRN: true, kernelSizes: [7, 5, 3, 1], fcSizes: [1000],
    });
    expect(summarizeArchitecture(specOf('alexnet', 'alexnet'))).toEqual({
      weightedLayers: 8,
      convLayers: 5,
      fcLayers: 3,
      kernelSizes: [11, 5, 3],
      fcSizes: [4096, 4096, 1000],
      hasLRN: true,
      hasDropout: true,
      hasBatchNorm: false,
      hasInception: false,
    });
    expect(summarizeArchitecture(specOf('lenet-5'))).toMatchObject({ convLayers: 3, fcLayers: 2, kernelSizes: [5], fcSizes: [84, 10] });
  });
  it('comparison tables describe the papers’ AlexNet and GoogLeNet, not torchvision’s', () => {
    const ctx = { locale: 'en' as const, branchName: (id: string) => id, datasetName: (id: string) => id, modelHref: (id: string) => id };
    const table = buildModelTable(loadModels(), ['alexnet', 'googlenet'], ['lrn', 'batch-norm', 'kernel-sizes', 'layers'], ctx);
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['yes', 'no', '11×11, 5×5, 3×3', '8'],
      ['yes', 'no', '7×7, 5×5, 3×3, 1×1', '22'],
    ]);
  });
});
