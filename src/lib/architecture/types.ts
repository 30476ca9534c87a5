/** Types shared by the architecture arithmetic, the diagram and the text alternative. */
import type { Architecture, Layer } from '../../schemas/architecture';

export type { Architecture, Layer };

/** A feature-map shape: [channels, height, width]. A vector of n features is [n, 1, 1]. */
export type Shape = readonly [c: number, h: number, w: number];

/** The primitive operations a layer or block expands into. */
export type OpKind = 'conv' | 'fc' | 'rbf' | 'bn' | 'pool' | 'subsample' | 'lrn' | 'dropout' | 'flatten';

/** One primitive operation with its counts. */
export interface Op {
  kind: OpKind;
  /** Trainable parameters (torchvision's definition: weights, biases, BN's γ and β; no running statistics). */
  params: number;
  /** Parameters that are fixed by hand, not trained (LeNet-5's RBF centres). */
  fixedParams: number;
  /** Multiply-accumulate operations for one input image (conv, fc and RBF only). */
  multAdds: number;
  /** Kernel [height, width] of a conv. */
  kernel?: readonly [number, number];
  /** Output features of an fc or RBF layer. */
  out?: number;
}

/**
 * Weighted layers along the deepest path (how papers count depth: ResNet-50 is 50, GoogLeNet 22,
 * DenseNet-121 121). Shortcut projections and side branches are not on it.
 */
export interface Depth {
  conv: number;
  fc: number;
  /** Other layers with weights: LeNet-5's trainable subsampling. */
  other: number;
}

/** One repetition of a layer or block. */
export interface Unit {
  input: Shape;
  output: Shape;
  ops: Op[];
  depth: Depth;
}

/** A layer or block of the spec (all its repetitions), with its counts. */
export interface LayerResult {
  /** Position in `layers`. */
  index: number;
  layer: Layer;
  input: Shape;
  output: Shape;
  units: Unit[];
  params: number;
  fixedParams: number;
  multAdds: number;
  depth: Depth;
}
