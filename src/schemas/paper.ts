/** Schema of a model's paper, from which the page's citation and BibTeX are generated. */
import { z } from 'astro/zod';
import { httpsUrlSchema, yearSchema } from './common';

export const paperSchema = z
  .strictObject({
    /** The paper's title, exactly as published. */
    title: z.string().trim().min(1),
    /** Authors in the published order, each as "Given Family". */
    authors: z.array(z.string().trim().min(1)).min(1, 'at least one author'),
    /** Where it appeared: a journal, a conference (with its short name), or "arXiv preprint". */
    venue: z.string().trim().min(1),
    /** Year of that publication. */
    year: yearSchema,
    /** The arXiv identifier, e.g. "1512.03385" (no "arXiv:" prefix). */
    arxiv: z
      .string()
      .regex(/^(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/, 'an arXiv id such as "1512.03385"')
      .optional(),
    /** The DOI, e.g. "10.1109/5.726791" (no "https://doi.org/" prefix). */
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI such as "10.1109/5.726791"').optional(),
    /**
     * For a technical report that only its institution published, with neither arXiv id
     * nor DOI (OpenAI's GPT and GPT-2 papers): the institution, e.g. "OpenAI". The `url`
     * is then the report's only address, and the BibTeX entry is a @techreport.
     */
    institution: z.string().trim().min(1).optional(),
    /**
     * The pages in the proceedings or journal, e.g. "2204–2212". With venue and year they
     * cite a paper that has no arXiv id and whose DOI could not be checked.
     */
    pages: z.string().regex(/^\d+(?:[–-]\d+)?$/, 'pages such as "2204–2212"').optional(),
    /** Where a reader can read the paper (open access preferred). */
    url: httpsUrlSchema,
  })
  .refine((paper) => paper.arxiv || paper.doi || paper.institution || paper.pages, {
    message: 'a paper needs an arxiv id or a doi (or both); with neither, a technical report gives its institution, a proceedings paper its pages',
    path: ['arxiv'],
  });
export type Paper = z.infer<typeof paperSchema>;
