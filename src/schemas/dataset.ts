/** Schema of `content/datasets/<id>.yaml`: a data set that some metric on the site is measured on. */
import { z } from 'astro/zod';
import { httpsUrlSchema, localizedSchema, yearSchema } from './common';

export const datasetSchema = z.strictObject({
  /** The data set's name in both languages (usually the same proper name). */
  names: localizedSchema,
  /** What the data set holds and what it is used for, one or two sentences. */
  summary: localizedSchema,
  /** The year it was first published. */
  year: yearSchema,
  /** Its home page or the paper that introduced it. */
  url: httpsUrlSchema,
  /** Sizes of its splits, as counts of samples; only the ones that exist. */
  splits: z
    .strictObject({
      /** Number of training samples. */
      train: z.number().int().positive().optional(),
      /** Number of validation samples. */
      val: z.number().int().positive().optional(),
      /** Number of test samples. */
      test: z.number().int().positive().optional(),
    })
    .optional(),
  /** Number of classes, for classification data sets. */
  classes: z.number().int().positive().optional(),
});
export type Dataset = z.infer<typeof datasetSchema>;
