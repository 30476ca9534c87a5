/**
 * Parameter and mult-add counts with torchvision's definition of a parameter: every
 * trainable weight and bias, BatchNorm's γ and β (2 per channel); BN's running mean and
 * variance are buffers and not counted (Keras counts them as non-trainable parameters).
 */
import { analyzeArchitecture } from './analyze';
import type { Architecture, LayerResult, OpKind } from './types';

/** The counts of one layer or block of the spec (all its repetitions). */
export interface LayerCount {
  index: number;
  /** The layer's `name`, or its type when it has none. */
  name: string;
  type: string;
  repeat: number;
  params: number;
  /** Parameters fixed by hand, not trained (LeNet-5's RBF centres). */
  fixedParams: number;
  /** Parameters of each repetition (the first differs when it has a shortcut projection). */
  perRepeat: number[];
  multAdds: number;
}

export interface ParameterCount {
  /** Trainable parameters. */
  total: number;
  /** Fixed (untrained) parameters, not in `total`. */
  fixed: number;
  /** Trainable parameters by kind of operation (`bn` is also the number of BN running statistics). */
  byKind: Partial<Record<OpKind, number>>;
  /** One entry per layer or block of the spec. */
  layers: LayerCount[];
}

function layerCount(r: LayerResult): LayerCount {
  return {
    index: r.index,
    name: r.layer.name ?? r.layer.type,
    type: r.layer.type,
    repeat: r.layer.repeat,
    params: r.params,
    fixedParams: r.fixedParams,
    perRepeat: r.units.map((u) => u.ops.reduce((s, o) => s + o.params, 0)),
    multAdds: r.multAdds,
  };
}

export function countParameters(spec: Architecture): ParameterCount {
  const results = analyzeArchitecture(spec);
  const byKind: Partial<Record<OpKind, number>> = {};
  for (const op of results.flatMap((r) => r.units.flatMap((u) => u.ops))) {
    if (op.params) byKind[op.kind] = (byKind[op.kind] ?? 0) + op.params;
  }
  return {
    total: results.reduce((s, r) => s + r.params, 0),
    fixed: results.reduce((s, r) => s + r.fixedParams, 0),
    byKind,
    layers: results.map(layerCount),
  };
}

/**
 * Multiply-accumulates for one image: conv, fc and RBF weights only (biases, BN, pooling
 * and activations are left out, as in the MobileNet and ShuffleNet papers and in
 * torchvision's "GFLOPS" column, which counts one multiply-add as one operation).
 */
export function countMultAdds(spec: Architecture): { total: number; layers: LayerCount[] } {
  const layers = analyzeArchitecture(spec).map(layerCount);
  return { total: layers.reduce((s, l) => s + l.multAdds, 0), layers };
}
