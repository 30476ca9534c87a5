/** Schema of `content/branches/<id>.yaml`: one branch of the tree (a task family). */
import { z } from 'astro/zod';
import { idSchema, localizedSchema } from './common';
import { COLUMN_IDS } from '../lib/model-table';

export const branchSchema = z.strictObject({
  /** The branch's name in both languages, as shown in the header and the tree. */
  names: localizedSchema,
  /** One sentence on what the branch is about; used as the page description. */
  summary: localizedSchema,
  /** Position among its siblings in menus and the tree (smaller first). */
  order: z.number().int().min(0),
  /** The id of the branch this one grows from, if any (e.g. GAN levels under `gan`). */
  parent: idSchema.optional(),
  /** What the task takes in, e.g. "an RGB image". */
  input: localizedSchema,
  /** What the task gives back, e.g. "a class label and a box (x, y, w, h)". */
  output: localizedSchema,
  /**
   * `active`: models and articles are published; `growing`: some models are in, more
   * are planned. A branch with no model yet is not listed in the header.
   */
  status: z.enum(['active', 'growing']).default('active'),
  /**
   * The columns of the model table on the branch page (column ids of
   * src/lib/model-table.ts), chosen for what the branch measures: a classifier's top-1
   * and top-5 error, a detector's mAP, COCO AP and frames per second.
   */
  columns: z.array(z.enum(COLUMN_IDS)).min(2).default(['name', 'year', 'params', 'top1-error', 'top5-error', 'links']),
});
export type Branch = z.infer<typeof branchSchema>;
