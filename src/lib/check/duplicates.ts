/**
 * Ids that must name one thing only. A file name is unique in its folder, so the
 * duplicates that can slip in are a variant id that is also another entry's model or
 * variant id (links and `<Params variant>` would become ambiguous), and two articles
 * that claim the same model or branch in one language (its page shows one article).
 */
import type { Corpus } from './load';
import { records, str } from './ids';
import type { Problem } from './types';

function duplicateVariants(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const modelIds = new Set(corpus.entries.models.map((m) => m.id));
  const owner = new Map<string, string>(); // variant id -> file that declared it first
  for (const model of corpus.entries.models) {
    for (const [variant, i] of records(model.data?.variants)) {
      const id = str(variant.id);
      if (!id) continue;
      const at = { file: model.file, line: model.source.lineOf(['variants', i, 'id']), field: `variants[${i}].id`, rule: 'duplicate-id' as const };
      if (id !== model.id && modelIds.has(id))
        problems.push({ ...at, message: `expected an id used once across models and variants; "${id}" is also content/models/${id}.yaml` });
      else if (owner.has(id) && owner.get(id) !== model.file)
        problems.push({ ...at, message: `expected an id used once across models and variants; "${id}" is also a variant in ${owner.get(id)}` });
      else owner.set(id, model.file);
    }
  }
  return problems;
}

function duplicateArticles(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const article of corpus.articles) {
    const fm = article.frontmatter ?? {};
    const field = str(fm.model) ? 'model' : str(fm.branch) ? 'branch' : undefined;
    if (!field) continue;
    const key = `${article.locale}:${field}:${fm[field]}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, article.file);
      continue;
    }
    problems.push({
      file: article.file,
      line: article.source.frontmatter?.lineOf([field]),
      field,
      rule: 'duplicate-id',
      message: `expected one ${article.locale} article per ${field}; ${first} already has ${field}: ${fm[field] as string}`,
    });
  }
  return problems;
}

export function checkDuplicates(corpus: Corpus): Problem[] {
  return [...duplicateVariants(corpus), ...duplicateArticles(corpus)];
}
