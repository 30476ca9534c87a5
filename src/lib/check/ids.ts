/** The ids the corpus defines, and defensive readers for raw (possibly invalid) data. */
import type { Corpus, Data } from './load';

export interface Ids {
  models: Set<string>;
  branches: Set<string>;
  datasets: Set<string>;
  authors: Set<string>;
  competitions: Set<string>;
  /** Model id -> the variant ids `<Params variant>` and `<Metric variant>` may name (the entry itself when it has none). */
  variants: Map<string, string[]>;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The objects of an array field (anything else is the schema check's business). */
export function records(v: unknown): [Data, number][] {
  return Array.isArray(v) ? v.flatMap((x, i) => (x && typeof x === 'object' ? [[x as Data, i] as [Data, number]] : [])) : [];
}

export function collectIds(corpus: Corpus): Ids {
  const ids = (c: keyof Corpus['entries']) => new Set(corpus.entries[c].map((e) => e.id));
  const variants = new Map<string, string[]>();
  for (const m of corpus.entries.models) {
    const declared = records(m.data?.variants).flatMap(([v]) => (str(v.id) ? [v.id as string] : []));
    variants.set(m.id, declared.length ? declared : [m.id]);
  }
  return {
    models: ids('models'),
    branches: ids('branches'),
    datasets: ids('datasets'),
    authors: ids('authors'),
    competitions: ids('competitions'),
    variants,
  };
}

/** `"x"` -> `"x" (known: a, b, c)`, to show what a misspelt id could have been. */
export function known(found: string, set: Iterable<string>): string {
  const all = [...set].sort();
  const list = all.length > 30 ? `${all.slice(0, 30).join(', ')}, ...` : all.join(', ') || 'none yet';
  return `found "${found}"; known: ${list}`;
}
