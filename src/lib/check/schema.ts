/**
 * Validates YAML entries and article frontmatter against the zod schemas in
 * src/schemas/, the same ones Astro's content layer uses, and turns each zod issue
 * into a problem with its line and a message that says what was expected.
 */
import type { ZodType } from 'astro/zod';
import { modelSchema } from '../../schemas/model';
import { branchSchema } from '../../schemas/branch';
import { datasetSchema } from '../../schemas/dataset';
import { authorSchema } from '../../schemas/author';
import { competitionSchema } from '../../schemas/competition';
import { articleSchema } from '../../schemas/article';
import type { Collection, Corpus } from './load';
import type { YamlSource } from './yaml-source';
import { formatPath, type DataPath, type Problem, type Rule } from './types';

const SCHEMAS: Record<Collection, ZodType> = {
  models: modelSchema,
  branches: branchSchema,
  datasets: datasetSchema,
  authors: authorSchema,
  competitions: competitionSchema,
};

/** The parts of a metric's setting the facts policy requires. */
const SETTING = new Set(['dataset', 'split', 'protocol', 'source']);

function valueAt(data: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
}

/**
 * zod's own messages read "Invalid input: expected string, received number"; the
 * schemas' custom ones are noun phrases ("an https:// URL"). Both become "expected ...".
 */
function expectedMessage(message: string): string {
  const stripped = message.replace(/^[A-Z][a-z]+(?: [a-z]+)?: (?=expected )/, '');
  if (stripped.startsWith('expected ')) return stripped;
  return /^(a|an|the|one of|at least)\b/.test(stripped) ? `expected ${stripped}` : stripped;
}

function toProblems(file: string, data: unknown, source: YamlSource, issue: ZodIssueLike, schemaFile: string): Problem[] {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? []).map((key) => ({
      file,
      line: source.lineOf([...path, key]),
      field: formatPath([...path, key]),
      rule: 'schema' as Rule,
      message: `expected only the fields documented in ${schemaFile}; found unknown field "${key}" (check the spelling)`,
    }));
  }
  const value = valueAt(data, path);
  const last = path[path.length - 1];
  let rule: Rule = 'schema';
  let message = expectedMessage(issue.message);
  if (value === undefined && issue.code === 'invalid_type') {
    message = `expected ${issue.expected === 'object' ? 'a block of fields' : `a ${issue.expected ?? 'value'}`}, but the field is missing (see ${schemaFile})`;
    // metrics[i].source / results[i].source: the facts policy, named as such.
    if (typeof last === 'string' && SETTING.has(last) && (path[0] === 'metrics' || path[0] === 'results')) {
      rule = 'metric-setting';
      message = `expected every number with its setting, but ${last} is missing (a metric records value, metric, dataset, split, protocol and source { kind, ref, url })`;
    }
  } else if (typeof value === 'string' && value.startsWith('http://')) {
    rule = 'insecure-link';
    message = `expected an https:// URL (found "${value}")`;
  }
  return [{ file, line: source.lineOf(path), field: formatPath(path) || undefined, rule, message }];
}

function validate(schema: ZodType, file: string, data: unknown, source: YamlSource, schemaFile: string): Problem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => toProblems(file, data, source, issue as ZodIssueLike, schemaFile));
}

/** Schema problems of every parsed entry and article frontmatter. */
export function checkSchemas(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, entries] of Object.entries(corpus.entries) as [Collection, Corpus['entries'][Collection]][]) {
    const schemaFile = `src/schemas/${collection === 'branches' ? 'branch' : collection.slice(0, -1)}.ts`;
    for (const entry of entries) {
      if (entry.data) problems.push(...validate(SCHEMAS[collection], entry.file, entry.data, entry.source, schemaFile));
    }
  }
  for (const article of corpus.articles) {
    const fm = article.source.frontmatter;
    if (fm && article.frontmatter) problems.push(...validate(articleSchema, article.file, article.frontmatter, fm, 'src/schemas/article.ts'));
    else if (fm && !fm.errors.length) problems.push({ file: article.file, line: 2, rule: 'schema', message: 'expected frontmatter fields (title, description, model or branch, authors)' });
  }
  return problems;
}
