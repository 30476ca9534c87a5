/**
 * Schema of an architecture spec: the layer sequence from which the diagram, the
 * parameter count and the mult-adds are computed. (First version: refined together
 * with src/lib/architecture.)
 */
import { z } from 'astro/zod';

export const architectureSchema = z.strictObject({
  /** Input tensor as [channels, height, width]. */
  input: z.tuple([z.number().int().positive(), z.number().int().positive(), z.number().int().positive()]),
  /** The layers and blocks in order. */
  layers: z.array(z.record(z.string(), z.unknown())).min(1),
});
export type Architecture = z.infer<typeof architectureSchema>;
