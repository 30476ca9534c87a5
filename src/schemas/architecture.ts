/**
 * Schema of an architecture spec: the layer sequence from which the diagram, the
 * parameter count and the mult-adds are computed (src/lib/architecture). A spec is an
 * `input` shape and a list of `layers`; each layer is a plain layer (`type: conv`, `fc`,
 * `pool`, ...) or a named block (`type: bottleneck`, `inception`, ...) that expands into
 * the layers torchvision defines for it, so the counts match torchvision's exactly.
 *
 *   architecture:
 *     input: [3, 224, 224]
 *     layers:
 *       - { type: conv, name: conv1, out: 64, kernel: 7, stride: 2, bn: true }
 *       - { type: pool, kernel: 3, stride: 2, padding: 1 }
 *       - { type: bottleneck, name: layer1, width: 64, out: 256, repeat: 3 }
 */
import { z } from 'astro/zod';
import { blockSchemas } from './architecture-blocks';
import { count, plainLayerSchemas } from './architecture-layers';
import { localizedSchema } from './common';
import { sourceSchema } from './metric';
import { findArchitectureProblems } from '../lib/architecture/analyze';

/** One entry of `layers`: its `type` picks the schema. */
export const layerSchema = z.discriminatedUnion('type', [...plainLayerSchemas, ...blockSchemas], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `type: one of ${[...plainLayerSchemas, ...blockSchemas].map((s) => s.shape.type.value).join(', ')}`
      : undefined,
});
export type Layer = z.infer<typeof layerSchema>;

export const architectureSchema = z
  .strictObject({
    /** Input tensor as [channels, height, width], e.g. [3, 224, 224]. */
    input: z.tuple([count('input channels'), count('input height'), count('input width')], {
      error: 'input: [channels, height, width], e.g. [3, 224, 224]',
    }),
    /** The layers and blocks in order. */
    layers: z.array(layerSchema).min(1, 'at least one layer'),
    /** Whose layer definitions the spec follows (torchvision's code, the paper's table, Keras). */
    source: sourceSchema.optional(),
    /** How the spec differs from the paper, when it does (e.g. torchvision's single-tower AlexNet). */
    note: localizedSchema.optional(),
  })
  // Shapes must fit: a kernel larger than its input or channels that do not divide into
  // groups fail here, with the path of the layer and field that caused it.
  .superRefine((spec, ctx) => {
    for (const problem of findArchitectureProblems(spec)) {
      ctx.addIssue({ code: 'custom', path: ['layers', problem.index, problem.field], message: problem.message });
    }
  });
export type Architecture = z.infer<typeof architectureSchema>;
