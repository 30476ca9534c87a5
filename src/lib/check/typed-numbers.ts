/**
 * A number the model's entry records, typed into its article, is a second copy: it will
 * not follow the YAML when the value is corrected, and it carries no setting or source.
 * The check finds the entry's own metric values in the article's prose and asks for
 * <Metric> instead. Only values that could not be a coincidence of counting are looked
 * for: those with a decimal point or of at least three digits, years excepted.
 */
import { eachNode } from './each-node';
import { records } from './ids';
import { ownerOf, type Article, type Corpus } from './load';
import type { Problem } from './types';

/** The entry's metric values worth looking for, as the prose would write them ("99.42"). */
function distinctiveValues(data: Record<string, unknown> | undefined): string[] {
  const values = records(data?.metrics).flatMap(([metric]) => (typeof metric.value === 'number' ? [metric.value] : []));
  const written = values
    .filter((v) => !Number.isInteger(v) || (Math.abs(v) >= 100 && !(v >= 1900 && v <= 2100)))
    .map((v) => String(v));
  return [...new Set(written)];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function checkTypedNumbers(article: Article, corpus: Corpus): Problem[] {
  const owner = ownerOf(article);
  if (!article.source.tree || !owner || !('model' in owner)) return [];
  const { model } = owner;
  const entry = corpus.entries.models.find((m) => m.id === model);
  const values = distinctiveValues(entry?.data);
  if (!entry || !values.length) return [];
  // Not inside a longer number: "99.42" is not found in "199.42" or "99.421".
  const pattern = new RegExp(`(?<![\\d.,])(${values.map(escape).join('|')})(?![\\d]|[.,]\\d)`, 'g');
  const problems: Problem[] = [];
  eachNode(article.source.tree, (node) => {
    if (node.type !== 'text') return;
    for (const match of node.value.matchAll(pattern))
      problems.push({
        file: article.file,
        line: node.position?.start.line,
        field: 'text',
        rule: 'typed-number',
        message: `expected <Metric model="${model}" .../> for ${match[1]}, a value ${entry.file} records (a typed copy would not follow the YAML)`,
      });
  });
  return problems;
}
