/**
 * Schema of one measured number. Published numbers disagree by points because of the
 * test setting, so a number is only accepted together with its data set, split,
 * protocol and source.
 */
import { z } from 'astro/zod';
import { httpsUrlSchema, idSchema, localizedSchema } from './common';
import { METRIC_KINDS, PROTOCOLS, SOURCE_KINDS, SPLITS } from '../lib/metric-kinds';

/** Where a number or a count was published. */
export const sourceSchema = z.strictObject({
  /**
   * What kind of source: the paper, the official repository, torchvision's weights table, ...
   * A page links the source by its kind's name, or, for `other`, by where it is
   * ("github.com/xinntao/ESRGAN", from `url`).
   */
  kind: z.enum(SOURCE_KINDS),
  /** Where in the source, e.g. "Table 2" or "README, model zoo". */
  ref: z.string().trim().min(1).optional(),
  /** A link to the source (https). */
  url: httpsUrlSchema,
});
export type Source = z.infer<typeof sourceSchema>;

export const metricSchema = z.strictObject({
  /**
   * A short id, unique within the entry, by which an article picks this number
   * (`<Metric model="lenet-5" id="distorted" />`) when several share metric, data set,
   * split and protocol (e.g. the same test with and without augmentation).
   */
  id: idSchema.optional(),
  /** The number, in the unit of its metric kind (percent for errors and accuracies, millions for mult-adds). */
  value: z.number(),
  /** What is measured; the unit and whether lower is better follow from it. */
  metric: z.enum(METRIC_KINDS),
  /** The id of the data set in `content/datasets/`, e.g. `imagenet`. */
  dataset: idSchema,
  /** Which part of the data set: validation or test (or a named test server split). */
  split: z.enum(SPLITS),
  /** How the model was evaluated: single centre crop, 10-crop, multi-scale, an ensemble, ... */
  protocol: z.enum(PROTOCOLS),
  /** Where the number was published. */
  source: sourceSchema,
  /** For an entry with variants (ResNet-18 ... 152): the variant id this number belongs to. */
  variant: idSchema.optional(),
  /** The number shown in the model index and tables when a column asks for this metric kind. */
  headline: z.boolean().default(false),
  /** Anything else a reader needs to read the number right (input size, extra training data, ...). */
  note: localizedSchema.optional(),
});
export type Metric = z.infer<typeof metricSchema>;
