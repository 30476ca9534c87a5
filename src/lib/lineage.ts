/**
 * The lineage graph: every model a node, every `parents` entry an edge from the parent
 * to the child carrying what changed, in both languages. Built once from the validated
 * entries; the tree page, the branch sub-graphs and the model neighbourhoods are all
 * views of it. Order is deterministic: branches by `order` (then id), models by year
 * (then id), edges by child then by position in the child's `parents`.
 */
import type { Localized } from '../schemas/common';
import { describeCycle, findCycles, findUnknownParents, modelFile, type LineageModelInput } from './lineage-check';

export { describeCycle, findCycles, findUnknownParents, modelFile };
export type { LineageModelInput, UnknownParent } from './lineage-check';

/** The part of a branch entry the lineage reads (names for cluster labels, order). */
export interface LineageBranchInput {
  id: string;
  data: { names: Localized; order: number };
}

export interface LineageNode {
  id: string;
  branch: string;
  year: number;
  names: Localized;
  /** True for a model outside the branch being shown, drawn only because a model in it descends from it. */
  external: boolean;
}

/** Parent → child, with what the child changed. */
export interface LineageEdge {
  from: string;
  to: string;
  change: Localized;
}

export interface LineageBranch {
  id: string;
  /** Undefined when no branch entry was handed to `buildLineage`. */
  names?: Localized;
  order: number;
  /** Position among the branches of the whole tree; stays the same in every view (it picks the colour). */
  index: number;
}

export interface LineageGraph {
  /** Sorted by branch, then year, then id. */
  nodes: LineageNode[];
  edges: LineageEdge[];
  /** Branch id -> its nodes, in branch order. */
  byBranch: Map<string, LineageNode[]>;
  /** Every branch that has a node, in order. */
  branches: LineageBranch[];
}

/** One side of a model's neighbourhood: the other model and what changed along the edge. */
export interface Neighbour {
  node: LineageNode;
  change: Localized;
}

export interface Neighbourhood {
  node: LineageNode;
  parents: Neighbour[];
  children: Neighbour[];
}

/** Builds the graph; throws, naming the files, on an unknown parent or a cycle. */
export function buildLineage(
  models: ReadonlyArray<LineageModelInput>,
  branches: ReadonlyArray<LineageBranchInput> = [],
): LineageGraph {
  const problems = [
    ...findUnknownParents(models).map(
      (u) => `${modelFile(u.model)}: parents[${u.index}].id "${u.parent}" is not the id of any model`,
    ),
    ...findCycles(models).map(describeCycle),
  ];
  if (problems.length) throw new Error(`Invalid lineage:\n  ${problems.join('\n  ')}`);
  const nodes = models.map((m) => ({
    id: m.id,
    branch: m.data.branch,
    year: m.data.year,
    names: m.data.names,
    external: false,
  }));
  const edges = models.flatMap((m) => m.data.parents.map((p) => ({ from: p.id, to: m.id, change: p.change })));
  return assemble(nodes, edges, new Map(branches.map((b) => [b.id, { id: b.id, names: b.data.names, order: b.data.order }])));
}

/** A branch as `assemble` takes it: without an index, it is numbered by its position. */
type BranchInfo = Omit<LineageBranch, 'index'> & { index?: number };

/** Sorts nodes and edges and groups by branch; every view goes through here. */
function assemble(
  nodes: LineageNode[],
  edges: LineageEdge[],
  info: Map<string, BranchInfo>,
): LineageGraph {
  const branchOf = (id: string): BranchInfo => info.get(id) ?? { id, order: Number.MAX_SAFE_INTEGER };
  const branches = [...new Set(nodes.map((n) => n.branch))]
    .map(branchOf)
    .sort((a, b) => a.order - b.order || compare(a.id, b.id))
    .map((b, i) => ({ ...b, index: b.index ?? i }));
  const rank = new Map(branches.map((b, i) => [b.id, i]));
  const sorted = [...nodes].sort(
    (a, b) => rank.get(a.branch)! - rank.get(b.branch)! || a.year - b.year || compare(a.id, b.id),
  );
  const position = new Map(sorted.map((n, i) => [n.id, i]));
  const sortedEdges = edges
    .map((e, i) => ({ e, i }))
    .sort((a, b) => position.get(a.e.to)! - position.get(b.e.to)! || a.i - b.i)
    .map(({ e }) => e);
  const byBranch = new Map(branches.map((b) => [b.id, sorted.filter((n) => n.branch === b.id)]));
  return { nodes: sorted, edges: sortedEdges, byBranch, branches };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function nodeOf(graph: LineageGraph, id: string): LineageNode | undefined {
  return graph.nodes.find((n) => n.id === id);
}

/** The models that list `id` as a parent, each with what it changed. */
export function childrenOf(graph: LineageGraph, id: string): Neighbour[] {
  return graph.edges
    .filter((e) => e.from === id)
    .flatMap((e) => {
      const node = nodeOf(graph, e.to);
      return node ? [{ node, change: e.change }] : [];
    });
}

/** The parents of `id`, in the order its entry lists them, each with what changed. */
export function parentsOf(graph: LineageGraph, id: string): Neighbour[] {
  return graph.edges
    .filter((e) => e.to === id)
    .flatMap((e) => {
      const node = nodeOf(graph, e.from);
      return node ? [{ node, change: e.change }] : [];
    });
}

export function neighbourhood(graph: LineageGraph, id: string): Neighbourhood {
  const node = nodeOf(graph, id);
  if (!node) throw new Error(`lineage: no model "${id}"`);
  return { node, parents: parentsOf(graph, id), children: childrenOf(graph, id) };
}

/** The graph of one model, its parents and its children (highlight the model when drawing it). */
export function neighbourhoodGraph(graph: LineageGraph, id: string): LineageGraph {
  const { node, parents, children } = neighbourhood(graph, id);
  const keep = new Set([node.id, ...parents.map((p) => p.node.id), ...children.map((c) => c.node.id)]);
  const edges = graph.edges.filter((e) => (e.to === id || e.from === id) && keep.has(e.from) && keep.has(e.to));
  return view(graph, keep, edges, new Set());
}

/** The models of one branch, plus the models outside it that they descend from (marked external). */
export function subgraph(graph: LineageGraph, branchId: string): LineageGraph {
  const inside = new Set((graph.byBranch.get(branchId) ?? []).map((n) => n.id));
  const edges = graph.edges.filter((e) => inside.has(e.to));
  const external = new Set(edges.map((e) => e.from).filter((id) => !inside.has(id)));
  return view(graph, new Set([...inside, ...external]), edges, external);
}

function view(graph: LineageGraph, keep: Set<string>, edges: LineageEdge[], external: Set<string>): LineageGraph {
  const nodes = graph.nodes.filter((n) => keep.has(n.id)).map((n) => ({ ...n, external: external.has(n.id) }));
  return assemble(nodes, edges, new Map(graph.branches.map((b) => [b.id, b])));
}
