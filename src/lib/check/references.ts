/**
 * Cross-references between YAML entries and from article frontmatter: every id a
 * file names must be a file in the matching content folder. Reads raw data
 * defensively, so an entry with a schema problem still gets its references checked.
 */
import { join } from 'node:path';
import { fileSize } from './content-fs';
import type { Corpus, YamlEntry } from './load';
import { known, records, str, type Ids } from './ids';
import { formatPath, type DataPath, type Problem, type Rule } from './types';

type Ref = { path: DataPath; id: string; set: keyof Omit<Ids, 'variants'>; rule: Rule };

/** The ids an entry refers to (parents are the lineage check's). */
function refsOf(entry: YamlEntry): Ref[] {
  const d = entry.data ?? {};
  const refs: Ref[] = [];
  const add = (path: DataPath, v: unknown, set: Ref['set'], rule: Rule) => {
    const id = str(v);
    if (id) refs.push({ path, id, set, rule });
  };
  if (entry.collection === 'models') {
    add(['branch'], d.branch, 'branches', 'unknown-branch');
    for (const [m, i] of records(d.metrics)) add(['metrics', i, 'dataset'], m.dataset, 'datasets', 'unknown-dataset');
  }
  if (entry.collection === 'branches') add(['parent'], d.parent, 'branches', 'unknown-branch');
  if (entry.collection === 'competitions') {
    add(['dataset'], d.dataset, 'datasets', 'unknown-dataset');
    for (const [r, i] of records(d.results)) add(['results', i, 'model'], r.model, 'models', 'unknown-model');
  }
  return refs;
}

const NOUN: Record<Ref['set'], string> = {
  models: 'a model',
  branches: 'a branch',
  datasets: 'a data set',
  authors: 'an author',
  competitions: 'a competition',
};

function unknownRef(file: string, line: number | undefined, ref: Ref, ids: Ids): Problem {
  return {
    file,
    line,
    field: formatPath(ref.path),
    rule: ref.rule,
    message: `expected the id of ${NOUN[ref.set]} in content/${ref.set}/ (${known(ref.id, ids[ref.set])})`,
  };
}

export async function checkReferences(corpus: Corpus, ids: Ids): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entries of Object.values(corpus.entries)) {
    for (const entry of entries) {
      for (const ref of refsOf(entry)) {
        if (!ids[ref.set].has(ref.id)) problems.push(unknownRef(entry.file, entry.source.lineOf(ref.path), ref, ids));
      }
    }
  }
  for (const author of corpus.entries.authors) {
    const logo = str(author.data?.logo);
    if (logo && !logo.includes('/') && (await fileSize(join(corpus.root, 'content', 'authors', logo))) === undefined)
      problems.push({ file: author.file, line: author.source.lineOf(['logo']), field: 'logo', rule: 'missing-file', message: `expected an SVG file content/authors/${logo} beside this YAML (not found)` });
  }
  for (const article of corpus.articles) {
    const fm = article.frontmatter ?? {};
    const lineOf = article.source.frontmatter!.lineOf;
    const refs: Ref[] = [];
    if (str(fm.model)) refs.push({ path: ['model'], id: fm.model as string, set: 'models', rule: 'unknown-model' });
    if (str(fm.branch)) refs.push({ path: ['branch'], id: fm.branch as string, set: 'branches', rule: 'unknown-branch' });
    if (Array.isArray(fm.authors))
      fm.authors.forEach((a, i) => str(a) && refs.push({ path: ['authors', i], id: a, set: 'authors', rule: 'unknown-author' }));
    for (const ref of refs) if (!ids[ref.set].has(ref.id)) problems.push(unknownRef(article.file, lineOf(ref.path), ref, ids));
  }
  return problems;
}
