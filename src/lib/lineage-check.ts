/**
 * Validation of the lineage written in the models' `parents` fields: a parent id that
 * names no model, and parents that loop back (a model that is its own ancestor). The
 * check command turns these into problems; `buildLineage` refuses such input.
 * Every result is in a deterministic order (model id, then parent position).
 */
import type { Localized } from '../schemas/common';

/** The part of a model entry the lineage reads. */
export interface LineageModelInput {
  id: string;
  data: {
    branch: string;
    year: number;
    names: Localized;
    parents: ReadonlyArray<{ id: string; change: Localized }>;
  };
}

/** A `parents[index].id` that is not the id of any model. */
export interface UnknownParent {
  /** The model whose entry names the parent. */
  model: string;
  /** The position in its `parents` list. */
  index: number;
  /** The id that names no model. */
  parent: string;
}

/** The repository path of a model's entry, as problems name it. */
export function modelFile(id: string): string {
  return `content/models/${id}.yaml`;
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function findUnknownParents(models: ReadonlyArray<LineageModelInput>): UnknownParent[] {
  const ids = new Set(models.map((m) => m.id));
  return [...models]
    .sort((a, b) => byId(a.id, b.id))
    .flatMap((m) =>
      m.data.parents.flatMap((p, index) => (ids.has(p.id) ? [] : [{ model: m.id, index, parent: p.id }])),
    );
}

/**
 * Each cycle as the list of its model ids, each one listing the next as a parent and the
 * last listing the first; a self-loop is a list of one. One cycle is reported per
 * strongly connected group, starting from its smallest id; groups in id order.
 */
export function findCycles(models: ReadonlyArray<LineageModelInput>): string[][] {
  const ids = new Set(models.map((m) => m.id));
  const parents = new Map<string, string[]>();
  for (const m of models) {
    const known = m.data.parents.map((p) => p.id).filter((id) => ids.has(id));
    parents.set(m.id, [...new Set(known)].sort(byId));
  }
  const cycles: string[][] = [];
  for (const group of stronglyConnected([...ids].sort(byId), parents)) {
    const start = group[0]!;
    if (group.length === 1 && !parents.get(start)!.includes(start)) continue;
    cycles.push(pathBack(start, new Set(group), parents));
  }
  return cycles.sort((a, b) => byId(a[0]!, b[0]!));
}

/** A plain-language message for one cycle, naming every file in it. */
export function describeCycle(cycle: ReadonlyArray<string>): string {
  if (cycle.length === 1) return `${cycle[0]} lists itself as a parent (${modelFile(cycle[0]!)})`;
  const loop = [...cycle, cycle[0]].join(' → ');
  return `lineage cycle ${loop}: each model lists the next one as a parent (${cycle.map(modelFile).join(', ')})`;
}

/** Tarjan's algorithm, iterative; each group sorted by id. */
function stronglyConnected(order: string[], next: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const root of order) {
    if (index.has(root)) continue;
    const work: Array<[string, number]> = [[root, 0]];
    while (work.length) {
      const frame = work[work.length - 1]!;
      const [node, i] = frame;
      if (i === 0 && !index.has(node)) {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
      }
      const targets = next.get(node)!;
      if (i < targets.length) {
        frame[1]++;
        const target = targets[i]!;
        if (!index.has(target)) work.push([target, 0]);
        else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== node);
        groups.push(group.sort(byId));
      }
    }
  }
  return groups;
}

/** The shortest walk from `start` back to itself inside `group`, by breadth-first search. */
function pathBack(start: string, group: Set<string>, next: Map<string, string[]>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const target of next.get(node)!) {
      if (!group.has(target)) continue;
      if (target === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return path;
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start];
}
