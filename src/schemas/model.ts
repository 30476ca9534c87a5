/**
 * Schema of `content/models/<id>.yaml`: the facts of one model. Pages, tables, the
 * tree, the search index and /api/models.json are all generated from these entries;
 * prose lives in the articles and never repeats a number from here.
 */
import { z } from 'astro/zod';
import { httpsUrlSchema, idSchema, localizedSchema, partialDateSchema, yearSchema } from './common';
import { architectureSchema } from './architecture';
import { metricSchema, sourceSchema } from './metric';
import { paperSchema } from './paper';

/** A parameter count as published somewhere (the computed one comes from `architecture`). */
export const publishedCountSchema = z.strictObject({
  /** The count itself, as a whole number. */
  value: z.number().int().positive(),
  /** Where it was published (torchvision's table, the paper, Keras, ...). */
  source: sourceSchema,
});

/** A depth or width variant held inside one entry (ResNet-18 ... ResNet-152, VGG-11 ... VGG-19). */
export const variantSchema = z.strictObject({
  /** The variant's id, unique within the entry, e.g. `resnet-50`. */
  id: idSchema,
  /** Its display name, e.g. "ResNet-50". */
  name: z.string().trim().min(1),
  /** The published parameter count of this variant. */
  params: publishedCountSchema.optional(),
  /** The variant's layer spec; the diagram and the computed counts come from it. */
  architecture: architectureSchema.optional(),
});
export type Variant = z.infer<typeof variantSchema>;

/** A link to an implementation. */
export const codeLinkSchema = z.strictObject({
  /** Repository or file URL (https). */
  url: httpsUrlSchema,
  /** The framework it is written for. */
  framework: z.enum(['pytorch', 'tensorflow', 'keras', 'caffe', 'torch7', 'mxnet', 'jax', 'paddle', 'matlab', 'other']),
  /** True when the code is the authors' own release. */
  official: z.boolean(),
});

/** What a model took from one of its parents. */
export const parentLinkSchema = z.strictObject({
  /** The parent model's id (a file in `content/models/`). */
  id: idSchema,
  /** What changed from the parent, in a short phrase in both languages. */
  change: localizedSchema,
});

/** What a generative model produces, for the tables that compare generators. */
export const samplesSchema = z.strictObject({
  /** The largest samples the paper shows, [width, height] in pixels, e.g. [1024, 1024]. */
  size: z.tuple([z.number().int().positive(), z.number().int().positive()], { error: 'a pair [width, height] in pixels, e.g. [1024, 1024]' }),
  /** What a sample is conditioned on: nothing (unconditional), a class label, text, or an input image. */
  condition: z.enum(['none', 'class', 'text', 'image']),
  /** The training data in a few words, e.g. "faces (FFHQ), LSUN cars". */
  data: localizedSchema,
});

export const modelSchema = z
  .strictObject({
    /** The id of the branch the model belongs to (a file in `content/branches/`). */
    branch: idSchema,
    /** Year of first public release (preprint or competition entry, whichever came first). */
    year: yearSchema,
    /** First public date, more precise than `year` when known, e.g. "2017-04". */
    date: partialDateSchema.optional(),
    /** The model's name in both languages. */
    names: localizedSchema,
    /** Other names readers search for (e.g. "Inception v1" for GoogLeNet). */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** One sentence on what the model is; the page description and the index use it. */
    summary: localizedSchema,
    /** The team or lab that published it, e.g. "Google" / "谷歌". */
    team: localizedSchema.optional(),
    /** The paper that introduced it. */
    paper: paperSchema,
    /** Implementations; at least one. */
    code: z.array(codeLinkSchema).min(1, 'at least one code link'),
    /** Published numbers, each with its setting and source. */
    metrics: z.array(metricSchema).default([]),
    /** The published parameter count, for an entry without variants. */
    params: publishedCountSchema.optional(),
    /** The layer spec, for an entry without variants. */
    architecture: architectureSchema.optional(),
    /** Depth or width variants; when present, `params` and `architecture` live on each variant. */
    variants: z.array(variantSchema).optional(),
    /** The models this one grew out of, and what changed. */
    parents: z.array(parentLinkSchema).default([]),
    /** Free keywords, e.g. "residual", "depthwise". */
    tags: z.array(idSchema).default([]),
    /** For a generative model: the size of its samples, what they are conditioned on, and what it learnt from. */
    samples: samplesSchema.optional(),
    /** Facts on training that tables compare, e.g. whether data augmentation was used. */
    training: z
      .strictObject({
        /** Whether the paper trained with data augmentation. */
        augmentation: z.boolean().optional(),
      })
      .optional(),
    /** Extra pages worth reading (project page, blog post by the authors). */
    links: z.array(z.strictObject({ url: httpsUrlSchema, label: localizedSchema })).default([]),
  })
  .superRefine((model, ctx) => {
    const variantIds = new Set((model.variants ?? []).map((v) => v.id));
    if (model.variants) {
      if (model.params) ctx.addIssue({ code: 'custom', path: ['params'], message: 'with variants, put params on each variant' });
      if (model.architecture)
        ctx.addIssue({ code: 'custom', path: ['architecture'], message: 'with variants, put architecture on each variant' });
      if (variantIds.size !== model.variants.length)
        ctx.addIssue({ code: 'custom', path: ['variants'], message: 'variant ids must be unique' });
    }
    const metricIds = new Set<string>();
    model.metrics.forEach((metric, i) => {
      if (metric.id && metricIds.has(metric.id))
        ctx.addIssue({ code: 'custom', path: ['metrics', i, 'id'], message: `a metric id unique within the entry ("${metric.id}" is used twice)` });
      if (metric.id) metricIds.add(metric.id);
      if (metric.variant && !variantIds.has(metric.variant))
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', i, 'variant'],
          message: `one of this entry's variant ids (${[...variantIds].join(', ') || 'none declared'})`,
        });
    });
  });
export type Model = z.infer<typeof modelSchema>;
