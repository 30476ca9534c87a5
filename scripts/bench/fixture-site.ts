/**
 * The bench's large site: a copy of the project (real code) whose content/ holds two
 * real branches and the generated branches, models and articles (see
 * generated-content.ts). `articles` counts generated article files: half Chinese, half
 * English twins, one pair per generated model.
 *
 * The real part is held to the same two branches (27 models), not all of content/: the
 * Starlight peer builds the 1,000 generated articles only, so a copy of all the real
 * content made our side of the comparison grow with every branch written (1,429 pages
 * against Starlight's 1,003 in round 14). The real site has its own measurement.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitAll, copyProject } from './workdir.ts';
import { articleBody, articleFrontmatter, branchYaml, generateModels, modelYaml, type GenModel } from './generated-content.ts';

export interface FixtureSite {
  dir: string;
  models: GenModel[];
  articles: number;
}

/** The real branches the large site keeps: they link only to each other's models. */
export const KEPT_REAL_BRANCHES = ['classic-cnn', 'lightweight'];

/** The branch a model YAML file names. */
function branchOf(modelFile: string): string | undefined {
  return readFileSync(modelFile, 'utf8').match(/^branch:\s*(\S+)/m)?.[1];
}

/** Removes the real branches other than `keep`: their branch files, models and articles. */
export function keepRealBranches(contentDir: string, keep: readonly string[]): void {
  const kept = new Set(keep);
  for (const file of readdirSync(join(contentDir, 'branches'))) {
    if (!kept.has(file.replace(/\.yaml$/, ''))) rmSync(join(contentDir, 'branches', file));
  }
  for (const file of readdirSync(join(contentDir, 'models'))) {
    const branch = branchOf(join(contentDir, 'models', file));
    if (!branch || !kept.has(branch)) rmSync(join(contentDir, 'models', file));
  }
  for (const locale of readdirSync(join(contentDir, 'articles'))) {
    for (const branch of readdirSync(join(contentDir, 'articles', locale))) {
      if (!kept.has(branch)) rmSync(join(contentDir, 'articles', locale, branch), { recursive: true });
    }
  }
}

/** Real models that generated branches grow from (so the tree stays one connected graph). */
function realRoots(contentDir: string): string[] {
  const ids = readdirSync(join(contentDir, 'models')).map((f) => f.replace(/\.yaml$/, ''));
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
  const content = join(dir, 'content');
  keepRealBranches(content, KEPT_REAL_BRANCHES);
  const models = writeGeneratedContent(content, articles, realRoots(content));
  commitAll(dir);
  return { dir, models, articles };
}
