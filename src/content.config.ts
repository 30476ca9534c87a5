/**
 * The content collections. Facts are YAML (one file an entry, the file name is the id);
 * prose is MDX under content/articles/<locale>/. Every schema lives in src/schemas/ so
 * that `npm run check` and the unit tests validate with exactly the same rules.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { modelSchema } from './schemas/model';
import { branchSchema } from './schemas/branch';
import { datasetSchema } from './schemas/dataset';
import { authorSchema } from './schemas/author';
import { competitionSchema } from './schemas/competition';
import { articleSchema } from './schemas/article';

/** A YAML collection in content/<dir>/, its id the file name without extension. */
function yamlCollection<S extends Parameters<typeof defineCollection>[0]['schema']>(dir: string, schema: S) {
  return defineCollection({
    loader: glob({ pattern: '*.yaml', base: `./content/${dir}`, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
    schema,
  });
}

export const collections = {
  models: yamlCollection('models', modelSchema),
  branches: yamlCollection('branches', branchSchema),
  datasets: yamlCollection('datasets', datasetSchema),
  authors: yamlCollection('authors', authorSchema),
  competitions: yamlCollection('competitions', competitionSchema),
  articles: defineCollection({
    // The id keeps the path ("zh/classic-cnn/resnet"), so twins differ only in the locale folder.
    loader: glob({ pattern: '{zh,en}/**/*.mdx', base: './content/articles', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: articleSchema,
  }),
};
