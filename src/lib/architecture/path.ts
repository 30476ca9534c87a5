/**
 * A path of primitive operations: each call applies one operation to the current shape
 * and records its parameters and mult-adds. Blocks are built from paths, with `branches`
 * (concatenated outputs) and `addShortcut` (residual sums).
 */
import { ArchitectureError } from './errors';
import { outSize } from './size';
import type { Depth, Op, Shape, Unit } from './types';

export interface ConvOptions {
  out: number;
  kernel: readonly [number, number];
  stride?: number;
  /** Defaults to kernel // 2 in each direction. */
  padding?: number;
  groups?: number;
  /** Defaults to !bn. */
  bias?: boolean;
  bn?: boolean;
  connections?: number;
}

export class Path {
  readonly ops: Op[] = [];
  readonly depth: Depth = { conv: 0, fc: 0, other: 0 };
  constructor(
    readonly input: Shape,
    public shape: Shape = input,
  ) {}

  conv({ out, kernel: [kh, kw], stride = 1, padding, groups = 1, bn = false, bias = !bn, connections }: ConvOptions): this {
    const [c, h, w] = this.shape;
    if (c % groups !== 0 || out % groups !== 0) {
      throw new ArchitectureError(`${groups} groups do not divide ${c} input and ${out} output channels`, 'groups');
    }
    const full = (c * out) / groups;
    if (connections !== undefined && connections > full) {
      throw new ArchitectureError(`${connections} connections exceed the ${full} possible map pairs`, 'connections');
    }
    const [ph, pw] = padding === undefined ? [kh >> 1, kw >> 1] : [padding, padding];
    const oh = outSize(h, kh, stride, ph);
    const ow = outSize(w, kw, stride, pw);
    const weights = (connections ?? full) * kh * kw;
    this.push({ kind: 'conv', params: weights + (bias ? out : 0), multAdds: weights * oh * ow, kernel: [kh, kw] });
    this.shape = [out, oh, ow];
    this.depth.conv += 1;
    return bn ? this.bn() : this;
  }

  /** BatchNorm: γ and β per channel (running mean and variance are buffers, not parameters). */
  bn(): this {
    return this.push({ kind: 'bn', params: 2 * this.shape[0] });
  }

  fc(out: number, bias = true): this {
    const inputs = this.flatten(false).shape[0];
    this.push({ kind: 'fc', params: inputs * out + (bias ? out : 0), multAdds: inputs * out, out });
    this.depth.fc += 1;
    this.shape = [out, 1, 1];
    return this;
  }

  rbf(out: number, trainable: boolean): this {
    const inputs = this.flatten(false).shape[0];
    const weights = inputs * out;
    this.push({ kind: 'rbf', params: trainable ? weights : 0, fixedParams: trainable ? 0 : weights, multAdds: weights, out });
    this.depth.fc += 1;
    this.shape = [out, 1, 1];
    return this;
  }

  pool(kernel: readonly [number, number], stride: number, padding = 0, ceil = false, trainable = false): this {
    const [c, h, w] = this.shape;
    this.shape = [c, outSize(h, kernel[0], stride, padding, ceil), outSize(w, kernel[1], stride, padding, ceil)];
    if (trainable) this.depth.other += 1;
    return this.push({ kind: trainable ? 'subsample' : 'pool', params: trainable ? 2 * c : 0 });
  }

  globalPool(): this {
    this.shape = [this.shape[0], 1, 1];
    return this.push({ kind: 'pool', params: 0 });
  }

  /** Operations without parameters that keep the shape (LRN, dropout). */
  mark(kind: 'lrn' | 'dropout'): this {
    return this.push({ kind, params: 0 });
  }

  flatten(record = true): this {
    const [c, h, w] = this.shape;
    if (h * w === 1) return this;
    this.shape = [c * h * w, 1, 1];
    return record ? this.push({ kind: 'flatten', params: 0 }) : this;
  }

  /** Appends another path that starts where this one ends (a sub-sequence built elsewhere). */
  then(other: Path): this {
    this.ops.push(...other.ops);
    addDepth(this.depth, other.depth);
    this.shape = other.shape;
    return this;
  }

  unit(): Unit {
    return { input: this.input, output: this.shape, ops: this.ops, depth: this.depth };
  }

  private push(op: Partial<Op> & Pick<Op, 'kind' | 'params'>): this {
    this.ops.push({ fixedParams: 0, multAdds: 0, ...op });
    return this;
  }
}

export function addDepth(into: Depth, d: Depth): Depth {
  into.conv += d.conv;
  into.fc += d.fc;
  into.other += d.other;
  return into;
}

export const depthTotal = (d: Depth): number => d.conv + d.fc + d.other;
