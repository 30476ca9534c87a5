/**
 * Schema of an article's frontmatter (`content/articles/<zh|en>/<branch>/<slug>.mdx`).
 * An article explains one model or one branch; its twin in the other language sits at
 * the same path under the other locale folder.
 */
import { z } from 'astro/zod';
import { idSchema } from './common';

export const articleSchema = z
  .strictObject({
    /** The article's title, as shown in the page heading and the browser tab. */
    title: z.string().trim().min(1),
    /** One or two sentences for search results and link previews (at most 200 characters). */
    description: z.string().trim().min(1).max(200),
    /** The model this article explains (a file in `content/models/`). */
    model: idSchema.optional(),
    /** The branch this article gives the overview of (a file in `content/branches/`). */
    branch: idSchema.optional(),
    /** Author ids (files in `content/authors/`); at least one. */
    authors: z.array(idSchema).min(1, 'at least one author id'),
  })
  .refine((a) => Boolean(a.model) !== Boolean(a.branch), {
    message: 'an article belongs to exactly one model or one branch: give `model` or `branch`, not both',
    path: ['model'],
  });
export type ArticleFrontmatter = z.infer<typeof articleSchema>;
