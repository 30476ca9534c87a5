// Shape propagation through every layer, the window arithmetic behind it, and the
// summary that comparison tables show.
import { describe, expect, it } from 'vitest';
import { formatShape, outSize, propagateShapes, summarizeArchitecture } from '../../src/lib/architecture';
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
    const shapes = propagateShapes(specOf('alexnet')).map((s) => formatShape(s.output));
    expect(shapes.slice(0, 8)).toEqual(['64×55×55', '64×27×27', '192×27×27', '192×13×13', '384×13×13', '256×13×13', '256×13×13', '256×6×6']);
  });
  it('ZFNet follows the paper’s Fig. 3: 110, 55, 26, 13, 6', () => {
    const shapes = propagateShapes(specOf('zfnet')).map((s) => formatShape(s.output));
    expect(shapes).toContain('96×110×110');
    expect(shapes).toContain('96×55×55');
    expect(shapes).toContain('256×26×26');
    expect(shapes).toContain('256×6×6');
  });
  it('GoogLeNet’s ceil-mode pools give 56, 28, 14, 7', () => {
    const s = shapesOf('googlenet');
    expect([s['1'], s['3a'], s['3b'], s['4e'], s['5b']]).toEqual(['64×56×56', '256×28×28', '480×28×28', '832×14×14', '1024×7×7']);
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
    expect(depth('alexnet')).toBe(8);
    expect(depth('vgg', 'vgg-16')).toBe(16);
    expect(depth('vgg', 'vgg-19')).toBe(19);
    expect(depth('googlenet')).toBe(22);
    expect(depth('resnet', 'resnet-50')).toBe(50);
    expect(depth('resnet', 'resnet-152')).toBe(152);
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
    const googlenet = summarizeArchitecture(specOf('googlenet'));
    expect([googlenet.hasInception, googlenet.hasBatchNorm, googlenet.hasLRN]).toEqual([true, true, false]);
    expect(summarizeArchitecture(specOf('lenet-5'))).toMatchObject({ convLayers: 3, fcLayers: 2, kernelSizes: [5], fcSizes: [84, 10] });
  });
});
