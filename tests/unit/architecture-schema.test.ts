// A bad spec is rejected with a message that names the layer and the field.
import { describe, expect, it } from 'vitest';
import { architectureSchema } from '../../src/schemas/architecture';
import { modelSchema } from '../../src/schemas/model';

const input = [3, 32, 32];

/** "layers.1.kernel: message" for every issue. */
function problems(spec: unknown): string[] {
  const result = architectureSchema.safeParse(spec);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('architecture schema', () => {
  it('accepts a hand-written spec and fills in the defaults', () => {
    const spec = architectureSchema.parse({ input, layers: [{ type: 'conv', out: 8, kernel: 3 }, { type: 'fc', out: 10 }] });
    expect(spec.layers[0]).toMatchObject({ stride: 1, groups: 1, bn: false, repeat: 1, activation: 'relu' });
  });

  it('names the allowed types when `type` is unknown', () => {
    const [message] = problems({ input, layers: [{ type: 'conv', out: 8, kernel: 3 }, { type: 'convolution', out: 8 }] });
    expect(message).toMatch(/^layers\.1\.type: type: one of conv, pool, .*shuffle-unit$/);
  });

  it('names a missing field', () => {
    expect(problems({ input, layers: [{ type: 'conv', kernel: 3 }] })).toEqual(['layers.0.out: out (output channels) is required']);
  });

  it('names a misspelled field', () => {
    expect(problems({ input, layers: [{ type: 'fc', out: 10, bais: false }] })).toEqual(['layers.0: Unrecognized key: "bais"']);
  });

  it('explains the kernel notation', () => {
    expect(problems({ input, layers: [{ type: 'conv', out: 8, kernel: '3x3' }] })).toEqual([
      'layers.0.kernel: a kernel size such as 3, or [height, width] such as [1, 7]',
    ]);
  });

  it('rejects a kernel larger than its input, at that layer', () => {
    const [message] = problems({
      input,
      layers: [{ type: 'conv', out: 8, kernel: 5, padding: 0 }, { type: 'pool', kernel: 2 }, { type: 'conv', out: 8, kernel: 20, padding: 0 }],
    });
    expect(message).toBe('layers.2.kernel: kernel 20 is larger than the 14-pixel input (with padding 0) (input 8×14×14)');
  });

  it('rejects groups that do not divide the channels', () => {
    expect(problems({ input, layers: [{ type: 'conv', out: 8, kernel: 3, groups: 2 }] })).toEqual([
      'layers.0.groups: 2 groups do not divide 3 input and 8 output channels (input 3×32×32)',
    ]);
  });

  it('rejects a stride-1 ShuffleNet unit that changes the channel count', () => {
    const [message] = problems({ input, layers: [{ type: 'conv', out: 24, kernel: 3 }, { type: 'shuffle-unit', out: 48 }] });
    expect(message).toMatch(/^layers\.1\.out: a stride-1 unit keeps its 24 channels/);
  });

  it('rejects a bad input shape', () => {
    expect(problems({ input: [224, 224], layers: [{ type: 'flatten' }] })).toEqual(['input: input: [channels, height, width], e.g. [3, 224, 224]']);
  });

  it('reports the full path inside a model entry with variants', () => {
    const model = {
      branch: 'classic-cnn',
      year: 2015,
      names: { zh: 'X', en: 'X' },
      summary: { zh: 'x', en: 'x' },
      paper: { title: 'X', authors: ['A B'], venue: 'arXiv preprint', year: 2015, arxiv: '1512.03385', url: 'https://arxiv.org/abs/1512.03385' },
      code: [{ url: 'https://github.com/x/y', framework: 'pytorch', official: true }],
      variants: [{ id: 'x-1', name: 'X-1', architecture: { input, layers: [{ type: 'bottleneck', width: 16, out: 64, stride: 0 }] } }],
    };
    const result = modelSchema.safeParse(model);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'variants.0.architecture.layers.0.stride: stride: a positive number',
    ]);
  });
});
