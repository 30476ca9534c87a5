/**
 * The content collections. Facts are YAML (one file an entry, the file name is the id);
 * prose is MDX under content/articles/<locale>/, stored as text and compiled when its page
 * renders (src/loaders/article-files.ts). Every schema lives in src/schemas/ so
 * that `npm run check` and the unit tests validate with exactly the same rules.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFiles } from './loaders/article-files';
import { keepingWrittenDigits } from './loaders/written-digits';
import { modelSchema } from './schemas/model';
import { branchSchema } from './schemas/branch';
import { datasetSchema } from './schemas/dataset';
import { authorSchema } from './schemas/author';
import { competitionSchema } from './schemas/competition';
import { articleSchema } from './schemas/article';

/** Loads content/<dir>/*.yaml; an entry's id is its file name without extension. */
const yamlFiles = (dir: string) =>
  glob({ pattern: '*.yaml', base: `./content/${dir}`, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') });

export const collections = {
  models: defineCollection({ loader: keepingWrittenDigits(yamlFiles('models')), schema: modelSchema }),
  branches: defineCollection({ loader: yamlFiles('branches'), schema: branchSchema }),
  datasets: defineCollection({ loader: yamlFiles('datasets'), schema: datasetSchema }),
  authors: defineCollection({ loader: yamlFiles('authors'), schema: authorSchema }),
  competitions: defineCollection({ loader: yamlFiles('competitions'), schema: competitionSchema }),
  articles: defineCollection({
    // The id keeps the path ("zh/classic-cnn/resnet"), so twins differ only in the locale folder.
    loader: articleFiles('content/articles'),
    schema: articleSchema,
  }),
};
