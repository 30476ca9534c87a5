/**
 * Schema of `content/authors/<id>.yaml`. Following the original AlphaTree, every author
 * signs with the name of a plant ("may this become a forest") and a logo.
 */
import { z } from 'astro/zod';
import { httpsUrlSchema, localizedSchema } from './common';

export const authorSchema = z.strictObject({
  /** The plant the author signs with, in both languages, e.g. 银杏 / Ginkgo. */
  plant: localizedSchema,
  /** The person's or group's own name, if they want it shown. */
  name: z.string().trim().min(1).optional(),
  /** File name of the SVG logo beside this YAML file, e.g. `ginkgo.svg`. */
  logo: z.string().regex(/^[a-z0-9-]+\.svg$/, 'the file name of an SVG beside the YAML, e.g. "ginkgo.svg"'),
  /** A line about the author in both languages. */
  bio: localizedSchema.optional(),
  /** Links to the author's pages (https only). */
  links: z
    .array(
      z.strictObject({
        /** Where the link goes. */
        url: httpsUrlSchema,
        /** What the link is, e.g. "GitHub". */
        label: z.string().trim().min(1),
      }),
    )
    .default([]),
});
export type Author = z.infer<typeof authorSchema>;
