/**
 * The lineage written in the models' `parents` fields: parents that name no model and
 * parents that loop back. The graph logic lives in src/lib/lineage.ts (the same code
 * that refuses to build such a tree); this file only places its findings in files.
 */
import { describeCycle, findCycles, findUnknownParents, type LineageModelInput } from '../lineage';
import type { Corpus } from './load';
import { known, records, str } from './ids';
import type { Problem } from './types';

/** Models as the lineage reads them, keeping only well-formed parent links. */
function lineageInput(corpus: Corpus): LineageModelInput[] {
  return corpus.entries.models.map((m) => ({
    id: m.id,
    data: {
      ...(m.data as LineageModelInput['data']),
      parents: records(m.data?.parents).flatMap(([p]) =>
        str(p.id) ? [{ id: p.id as string, change: (p.change ?? { zh: '', en: '' }) as { zh: string; en: string } }] : [],
      ),
    },
  }));
}

/** Index of each kept parent link in the raw `parents` list (malformed items were skipped). */
function rawIndex(corpus: Corpus, model: string, parent: string): number {
  const entry = corpus.entries.models.find((m) => m.id === model);
  return Array.isArray(entry?.data?.parents) ? entry.data.parents.findIndex((p) => (p as { id?: unknown })?.id === parent) : -1;
}

export function checkParents(corpus: Corpus): Problem[] {
  const models = lineageInput(corpus);
  const entry = (id: string) => corpus.entries.models.find((m) => m.id === id)!;
  const problems: Problem[] = [];
  for (const u of findUnknownParents(models)) {
    const index = rawIndex(corpus, u.model, u.parent);
    const e = entry(u.model);
    problems.push({
      file: e.file,
      line: e.source.lineOf(['parents', index, 'id']),
      field: `parents[${index}].id`,
      rule: 'unknown-parent',
      message: `expected the id of a model in content/models/ (${known(u.parent, models.map((m) => m.id))})`,
    });
  }
  for (const cycle of findCycles(models)) {
    const first = entry(cycle[0]!);
    const index = rawIndex(corpus, first.id, cycle[1] ?? first.id);
    problems.push({
      file: first.file,
      line: first.source.lineOf(['parents', index]),
      field: `parents[${index}].id`,
      rule: 'lineage-cycle',
      message: `expected a lineage without loops (no model may descend from itself); found ${describeCycle(cycle)}`,
    });
  }
  return problems;
}
