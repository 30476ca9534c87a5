/**
 * Schema of `content/competitions/<id>.yaml`: the results of a yearly challenge (the
 * ILSVRC classification task), from which the results table and the error-by-year
 * chart are generated.
 */
import { z } from 'astro/zod';
import { idSchema, localizedSchema, yearSchema } from './common';
import { METRIC_KINDS } from '../lib/metric-kinds';
import { sourceSchema } from './metric';

export const competitionSchema = z.strictObject({
  /** The challenge's name in both languages. */
  names: localizedSchema,
  /** The data set the results are measured on (a file in `content/datasets/`). */
  dataset: idSchema,
  /** The metric every result reports, e.g. `top5-error`. */
  metric: z.enum(METRIC_KINDS),
  /** One row per year: the winning entry (and others worth recording, with `winner: false`). */
  results: z
    .array(
      z.strictObject({
        /** The challenge's year. */
        year: yearSchema,
        /** The team as listed in the official results. */
        team: z.string().trim().min(1),
        /** The entry's name or the network it used, as listed. */
        entry: z.string().trim().min(1).optional(),
        /** The model entry on this site, when there is one (a file in `content/models/`). */
        model: idSchema.optional(),
        /** The score, in the unit of `metric`. */
        value: z.number(),
        /** True for the year's winning entry. */
        winner: z.boolean().default(true),
        /** Where the result was published. */
        source: sourceSchema,
        /** What a reader needs to read the number right (extra data, ensemble of n models, ...). */
        note: localizedSchema.optional(),
      }),
    )
    .min(1),
});
export type Competition = z.infer<typeof competitionSchema>;
