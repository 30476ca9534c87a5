/**
 * Building blocks shared by the collection schemas. Everything here is plain zod
 * (re-exported by `astro/zod`), so the same schemas run inside Astro's content layer,
 * in `npm run check` and in the unit tests.
 */
import { z } from 'astro/zod';

/** A slug used as an entry id: lower-case letters, digits and single hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'an id of lower-case letters, digits and hyphens, e.g. "resnet-50"');

/** Text written in both site languages. A missing translation is an error, never a silent fallback. */
export const localizedSchema = z.strictObject({
  /** Simplified Chinese text. */
  zh: z.string().trim().min(1, 'Chinese text (zh) must not be empty'),
  /** English text. */
  en: z.string().trim().min(1, 'English text (en) must not be empty'),
});
export type Localized = z.infer<typeof localizedSchema>;

/** An absolute https URL. Plain http is rejected: readers follow these links from an https site. */
export const httpsUrlSchema = z
  .url({ message: 'an absolute URL' })
  .refine((url) => url.startsWith('https://'), 'an https:// URL (http:// is not accepted)');

/** A calendar year in which deep-learning history could have happened. */
export const yearSchema = z.number().int().min(1940).max(2100);

/** A first-public date: `YYYY` or `YYYY-MM` or `YYYY-MM-DD`, as a string so YAML keeps it verbatim. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD (quoted)');
