// Mult-adds computed from the specs agree with the published numbers: torchvision's
// "GFLOPS" column (which counts one multiply-add as one operation) and the papers.
import { describe, expect, it } from 'vitest';
import { countMultAdds } from '../../src/lib/architecture';
import { specOf } from './architecture-specs';

/** [model file, variant, published mult-adds, relative tolerance, source]. */
const PUBLISHED: [string, string | undefined, number, number, string][] = [
  ['resnet', 'resnet-50', 4.09e9, 0.01, 'torchvision 4.09 G'],
  ['resnet', 'resnet-18', 1.81e9, 0.01, 'torchvision 1.81 G'],
  ['resnet', 'resnet-152', 11.51e9, 0.01, 'torchvision 11.51 G'],
  ['vgg', 'vgg-16', 15.47e9, 0.01, 'torchvision 15.47 G'],
  ['alexnet', 'alexnet-torchvision', 0.71e9, 0.01, 'torchvision 0.71 G'],
  ['googlenet', 'googlenet-torchvision', 1.5e9, 0.01, 'torchvision 1.50 G'],
  ['resnext', 'resnext-50-32x4d', 4.23e9, 0.01, 'torchvision 4.23 G'],
  ['wrn', 'wrn-50-2', 11.4e9, 0.01, 'torchvision 11.4 G'],
  ['densenet', 'densenet-121', 2.83e9, 0.01, 'torchvision 2.83 G'],
  ['squeezenet', 'squeezenet-1.0', 0.82e9, 0.01, 'torchvision 0.82 G'],
  ['squeezenet', 'squeezenet-1.1', 0.35e9, 0.01, 'torchvision 0.35 G'],
  ['mobilenet-v1', undefined, 569e6, 0.01, 'paper: 569 M'],
  ['mobilenet-v2', undefined, 300e6, 0.02, 'paper: 300 M'],
  ['shufflenet-v2', 'shufflenet-v2-1.0x', 146e6, 0.02, 'paper: 146 M FLOPs, i.e. mult-adds'],
  ['shufflenet-v2', 'shufflenet-v2-0.5x', 41e6, 0.02, 'paper: 41 M FLOPs'],
];

describe('mult-adds agree with the published numbers', () => {
  for (const [model, variant, published, tolerance, source] of PUBLISHED) {
    it(`${variant ?? model}: ${source} (±${tolerance * 100} %)`, () => {
      const { total } = countMultAdds(specOf(model, variant));
      const off = (total - published) / published;
      expect(Math.abs(off), `computed ${total.toLocaleString('en-US')}, ${(off * 100).toFixed(2)} % off`).toBeLessThanOrEqual(tolerance);
    });
  }

  it('LeNet-5: the paper’s 340,908 connections minus its 14,388 bias and subsampling connections', () => {
    // Bias connections: C1 28·28·6, C3 10·10·16, C5 120, F6 84; S2 and S4 count 5 per output (4 inputs + bias).
    const bias = 28 * 28 * 6 + 10 * 10 * 16 + 120 + 84;
    const subsampling = 14 * 14 * 6 * 5 + 5 * 5 * 16 * 5;
    expect(countMultAdds(specOf('lenet-5')).total).toBe(340_908 - bias - subsampling);
  });

  it('is the sum of its layers, and parameter-free layers cost nothing', () => {
    const { total, layers } = countMultAdds(specOf('alexnet', 'alexnet-torchvision'));
    expect(layers.reduce((s, l) => s + l.multAdds, 0)).toBe(total);
    expect(layers.filter((l) => l.type === 'pool' || l.type === 'dropout').every((l) => l.multAdds === 0)).toBe(true);
    // conv1: 55·55 outputs × 64 filters × 11·11·3 weights.
    expect(layers[0]!.multAdds).toBe(55 * 55 * 64 * 11 * 11 * 3);
  });
});
