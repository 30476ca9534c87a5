/**
 * `npm run new` writes templates whose values to replace are marked ✎ (and an arXiv
 * id of zeros). A contribution that still carries one is a stub: it fails here, so an
 * unfilled template can never pass CI. Comments may keep the mark; values may not.
 */
import { readFile } from 'node:fs/promises';
import type { Corpus } from './load';
import { formatPath, type DataPath, type Problem } from './types';

const MARK = '✎';
const PLACEHOLDER_ARXIV = '0000.00000';

const isPlaceholder = (value: string) => value.includes(MARK) || value === PLACEHOLDER_ARXIV;

/** Paths of every string value in parsed YAML that is still a placeholder. */
function placeholderPaths(value: unknown, path: DataPath = []): DataPath[] {
  if (typeof value === 'string') return isPlaceholder(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, [...path, k]));
  return [];
}

const message = (found: string) => `expected your own text in place of the template's ✎ placeholder (found "${found.trim().slice(0, 60)}")`;

export async function checkPlaceholders(corpus: Corpus): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of Object.values(corpus.entries).flat()) {
    for (const path of placeholderPaths(entry.data)) {
      const found = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], entry.data);
      problems.push({ file: entry.file, line: entry.source.lineOf(path), field: formatPath(path), rule: 'placeholder', message: message(String(found)) });
    }
  }
  for (const article of corpus.articles) {
    const lines = (await readFile(article.abs, 'utf8')).split('\n');
    lines.forEach((text, i) => {
      if (text.includes(MARK)) problems.push({ file: article.file, line: i + 1, field: 'text', rule: 'placeholder', message: message(text) });
    });
  }
  return problems;
}
