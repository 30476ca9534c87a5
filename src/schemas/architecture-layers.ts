/**
 * Plain layers of an architecture spec (conv, pool, fc, ...) and the fields every layer
 * shares. Blocks are in architecture-blocks.ts; the spec itself in architecture.ts.
 */
import { z } from 'astro/zod';

/** A positive whole number; `what` names the field in the messages. */
export const count = (what: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what}: a number`) })
    .int(`${what}: a whole number`)
    .positive(`${what}: a positive number`);
/** A window size: 3, or [height, width] for a non-square one. */
export const kernel = z.union([count('kernel'), z.tuple([count('kernel height'), count('kernel width')])], {
  error: 'a kernel size such as 3, or [height, width] such as [1, 7]',
});
/** The nonlinearity after a layer; recorded for readers, it changes no count. */
export const activation = z.enum(['relu', 'relu6', 'tanh', 'sigmoid', 'hardswish', 'softmax', 'none']);

/** Fields every layer and block may carry. */
export const common = {
  /** Label in the diagram and the layer table, e.g. "conv1", "C3" or "layer2"; defaults to the type. */
  name: z.string().trim().min(1).max(24, 'a short label (at most 24 characters)').optional(),
  /** Times the layer or block repeats in a row. Only the first repetition takes `stride` and changes the channel count. */
  repeat: count('repeat').max(64).default(1),
};
/** Output channels (for `fc`: output features). */
export const out = count('out (output channels)');
/** Stride of the first repetition; 1 by default. */
export const stride = count('stride').default(1);
/** Reduction ratio r of a squeeze-and-excitation gate after the block: two 1×1 convs with bias, C → C/r → C. */
export const se = count('se (reduction ratio)').optional();

const conv = z.strictObject({
  /** Convolution (torchvision's Conv2d). */
  type: z.literal('conv'),
  ...common,
  out,
  /** Kernel size: 3, or [height, width]. */
  kernel,
  stride,
  /** Zero padding on each side; defaults to kernel // 2 (size kept at stride 1). Write 0 for a "valid" convolution. */
  padding: z.number().int().min(0).optional(),
  /** Channel groups (AlexNet's two towers: 2); 1 by default. */
  groups: count('groups').default(1),
  /** Depthwise: one filter per input channel (groups = input channels). */
  depthwise: z.boolean().default(false),
  /** Whether the conv has a bias; by default true, false when `bn` follows (as in torchvision). */
  bias: z.boolean().optional(),
  /** A BatchNorm after the conv (2 parameters per channel). */
  bn: z.boolean().default(false),
  /** The nonlinearity after the conv (and BN). */
  activation: activation.default('relu'),
  /**
   * For partially connected layers (LeNet-5's C3): how many (input map, output map) pairs
   * are connected, each pair with one kernel. Fully connected by default.
   */
  connections: count('connections').optional(),
});

const pool = z.strictObject({
  /** Pooling over a window (LeNet-5's trainable subsampling with `trainable: true`). */
  type: z.literal('pool'),
  ...common,
  /** Max or average pooling. */
  mode: z.enum(['max', 'avg']).default('max'),
  /** Window size: 2, 3, or [height, width]. */
  kernel,
  /** Step; defaults to the kernel size (non-overlapping windows). */
  stride: count('stride').optional(),
  /** Zero padding on each side. */
  padding: z.number().int().min(0).default(0),
  /** Round the output size up (PyTorch's ceil_mode, Caffe's default). */
  ceil: z.boolean().default(false),
  /** LeNet-5's subsampling: a trainable coefficient and bias per channel (2 parameters per channel). */
  trainable: z.boolean().default(false),
  /** The nonlinearity after the pooling (LeNet-5: sigmoid). */
  activation: activation.default('none'),
});

/** The plain layers, one schema per `type`. */
export const plainLayerSchemas = [
  conv,
  pool,
  z.strictObject({
    /** Global pooling to 1×1. */
    type: z.literal('global-pool'),
    ...common,
    /** Average (the usual) or max. */
    mode: z.enum(['avg', 'max']).default('avg'),
  }),
  z.strictObject({
    /** Fully connected layer; its input is flattened. */
    type: z.literal('fc'),
    ...common,
    out,
    /** Whether the layer has a bias. */
    bias: z.boolean().default(true),
    /** The nonlinearity after it (write `softmax` or `none` on the classifier). */
    activation: activation.default('relu'),
  }),
  z.strictObject({
    /** LeNet-5's output: Euclidean radial-basis units, one per class, fully connected to the input. */
    type: z.literal('rbf'),
    ...common,
    out,
    /** Whether its centres are learned; LeNet-5 fixed them by hand, so they are not counted as trainable. */
    trainable: z.boolean().default(false),
  }),
  z.strictObject({
    /** Local response normalization (AlexNet, ZFNet, GoogLeNet in the papers); no parameters. */
    type: z.literal('lrn'),
    ...common,
    /** Number of neighbouring channels summed over. */
    size: count('size').default(5),
  }),
  z.strictObject({
    /** Dropout; no parameters. */
    type: z.literal('dropout'),
    ...common,
    /** Probability of dropping a unit. */
    p: z.number().gt(0).lt(1).default(0.5),
  }),
  z.strictObject({
    /** A standalone BatchNorm (e.g. DenseNet's norm5); 2 parameters per channel. */
    type: z.literal('bn'),
    ...common,
    /** The nonlinearity after it. */
    activation: activation.default('relu'),
  }),
  z.strictObject({
    /** Flattens C×H×W to a vector; `fc` does this by itself, so it is only for the diagram. */
    type: z.literal('flatten'),
    ...common,
  }),
] as const;


