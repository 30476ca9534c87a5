/**
 * The bench's large site: a copy of the project (real code, real content) whose
 * content/ also holds generated branches, models and articles (see
 * generated-content.ts). `articles` counts article files: half Chinese, half
 * English twins, one pair per generated model.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitAll, copyProject } from './workdir.ts';
import { articleBody, articleFrontmatter, branchYaml, generateModels, modelYaml, type GenModel } from './generated-content.ts';

export interface FixtureSite {
  dir: string;
  models: GenModel[];
  articles: number;
}

/** Real models that generated branches grow from (so the tree stays one connected graph). */
function realRoots(repo: string): string[] {
  const ids = readdirSync(join(repo, 'content/models')).map((f) => f.replace(/\.yaml$/, ''));
  const preferred = ['resnet', 'vgg', 'alexnet', 'mobilenet-v2', 'densenet'].filter((id) => ids.includes(id));
  return preferred.length ? preferred : ids.slice(0, 5);
}

export function writeGeneratedContent(contentDir: string, articles: number, realIds: string[]): GenModel[] {
  const { branches, models } = generateModels(Math.ceil(articles / 2), realIds);
  const byId = new Map(models.map((m) => [m.id, m]));
  for (const b of branches) writeFileSync(join(contentDir, 'branches', `${b.id}.yaml`), branchYaml(b));
  for (const m of models) writeFileSync(join(contentDir, 'models', `${m.id}.yaml`), modelYaml(m));
  let written = 0;
  for (const m of models) {
    for (const locale of ['zh', 'en'] as const) {
      if (written++ >= articles) break;
      const dir = join(contentDir, 'articles', locale, m.branch);
      mkdirSync(dir, { recursive: true });
      const fm = articleFrontmatter(m, locale, { model: m.id, authors: '[ginkgo]' });
      writeFileSync(join(dir, `${m.id}.mdx`), fm + articleBody(m, locale, 'alphatree', byId));
    }
  }
  return models;
}

export function makeFixtureSite(repo: string, articles: number): FixtureSite {
  const dir = copyProject(repo, `site${articles}`);
  const models = writeGeneratedContent(join(dir, 'content'), articles, realRoots(repo));
  commitAll(dir);
  return { dir, models, articles };
}
