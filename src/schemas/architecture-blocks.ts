/**
 * Named blocks of an architecture spec: each expands into the layers torchvision (or
 * Keras, for MobileNet v1) defines for it, so that computed counts match theirs.
 */
import { z } from 'astro/zod';
import { activation, common, count, out, se, stride } from './architecture-layers';

/** Two numbers: the 1×1 reduction before a branch's conv, and that conv's output channels. */
const reduceOut = z.tuple([count('reduce channels'), count('output channels')], {
  error: 'a pair [1×1 reduce channels, output channels], e.g. [96, 128]',
});

/** The blocks, one schema per `type`. */
export const blockSchemas = [
  z.strictObject({
    /** ResNet's basic block (torchvision BasicBlock): two 3×3 convs with BN, identity or 1×1 projection shortcut. */
    type: z.literal('basic'),
    ...common,
    out,
    stride,
    se,
  }),
  z.strictObject({
    /** ResNet's bottleneck (torchvision Bottleneck, stride on the 3×3): 1×1 `width` → 3×3 `width` → 1×1 `out`. */
    type: z.literal('bottleneck'),
    ...common,
    /** Channels of the inner 1×1 and 3×3 convs (ResNet-50 layer1: 64; ResNeXt-50 32×4d layer1: 128). */
    width: count('width'),
    out,
    stride,
    /** Groups of the 3×3 conv (ResNeXt's cardinality). */
    groups: count('groups').default(1),
    se,
  }),
  z.strictObject({
    /** GoogLeNet's Inception module: four branches concatenated. */
    type: z.literal('inception'),
    ...common,
    /** Output channels of the 1×1 branch. */
    b1: count('b1'),
    /** The 3×3 branch: [1×1 reduce, 3×3 out]. */
    b3: reduceOut,
    /** The 5×5 branch: [1×1 reduce, 5×5 out]. */
    b5: reduceOut,
    /** Output channels of the 1×1 after the 3×3 max pool. */
    pool: count('pool'),
    /** Kernel of the "5×5" branch; torchvision's GoogLeNet uses 3 (a bug kept for its weights). */
    b5Kernel: count('b5Kernel').default(5),
    /** BatchNorm after every conv, biases dropped (torchvision's BasicConv2d); the paper had none. */
    bn: z.boolean().default(false),
  }),
  z.strictObject({
    /** DenseNet's dense block; `repeat` is its number of layers, each BN-ReLU-1×1-BN-ReLU-3×3 and concatenated. */
    type: z.literal('dense-block'),
    ...common,
    /** Growth rate k: channels each layer adds. */
    growth: count('growth'),
    /** The 1×1 bottleneck makes `bottleneck × growth` channels (DenseNet-BC: 4); 0 for no 1×1. */
    bottleneck: z.number().int().min(0).default(4),
  }),
  z.strictObject({
    /** DenseNet's transition: BN-ReLU-1×1 conv to `out` channels, then 2×2 average pool. */
    type: z.literal('transition'),
    ...common,
    out,
  }),
  z.strictObject({
    /** SqueezeNet's fire module: 1×1 squeeze, then 1×1 and 3×3 expands concatenated (with biases). */
    type: z.literal('fire'),
    ...common,
    /** Channels of the 1×1 squeeze. */
    squeeze: count('squeeze'),
    /** Channels of each expand branch (1×1 and 3×3); the output has twice as many. */
    expand: count('expand'),
  }),
  z.strictObject({
    /** MobileNet v1's depthwise separable conv: 3×3 depthwise + BN + ReLU, 1×1 pointwise + BN + ReLU. */
    type: z.literal('dw-separable'),
    ...common,
    out,
    stride,
    /** Kernel of the depthwise conv. */
    kernel: count('kernel').default(3),
  }),
  z.strictObject({
    /** MobileNet v2's inverted residual: 1×1 expand, 3×3 depthwise, linear 1×1 projection; shortcut when shapes agree. */
    type: z.literal('inverted-residual'),
    ...common,
    /** Expansion ratio t: the hidden width is round(t × input channels); 1 drops the expanding 1×1. */
    expand: z.number().positive('expand: a positive ratio'),
    out,
    stride,
    /** Kernel of the depthwise conv. */
    kernel: count('kernel').default(3),
    se,
    /** The nonlinearity inside the block. */
    activation: activation.default('relu6'),
  }),
  z.strictObject({
    /** ShuffleNet v2's unit (torchvision InvertedResidual): split or two-branch downsampling, concat, channel shuffle. */
    type: z.literal('shuffle-unit'),
    ...common,
    out,
    stride,
  }),
] as const;

