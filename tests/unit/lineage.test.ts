// The lineage graph built from `parents`, its views, and the validation of parent ids and cycles.
import { describe, expect, it } from 'vitest';
import {
  buildLineage,
  childrenOf,
  describeCycle,
  findCycles,
  findUnknownParents,
  neighbourhood,
  neighbourhoodGraph,
  parentsOf,
  subgraph,
  type LineageModelInput,
} from '../../src/lib/lineage';

/** A model fixture: `parents` as ids; what changed is written from them. */
function model(id: string, branch: string, year: number, parents: string[] = []): LineageModelInput {
  return {
    id,
    data: {
      branch,
      year,
      names: { zh: `${id} 网络`, en: id.toUpperCase() },
      parents: parents.map((p) => ({ id: p, change: { zh: `${p} 到 ${id} 的改动`, en: `${p} to ${id}` } })),
    },
  };
}

const branches = [
  { id: 'light', data: { names: { zh: '轻量', en: 'Lightweight' }, order: 2 } },
  { id: 'cnn', data: { names: { zh: '经典', en: 'Classic' }, order: 1 } },
];

// Listed out of order on purpose: the graph sorts.
const models = [
  model('mobilenet', 'light', 2017, ['vgg', 'alexnet']),
  model('vgg', 'cnn', 2014, ['alexnet']),
  model('lenet', 'cnn', 1998),
  model('alexnet', 'cnn', 2012, ['lenet']),
  model('shufflenet', 'light', 2017, ['mobilenet']),
];

describe('buildLineage', () => {
  const graph = buildLineage(models, branches);

  it('draws one edge per parent, from the parent to the child, with what changed', () => {
    expect(graph.edges.map((e) => `${e.from}->${e.to}`)).toEqual([
      'lenet->alexnet',
      'alexnet->vgg',
      'vgg->mobilenet',
      'alexnet->mobilenet',
      'mobilenet->shufflenet',
    ]);
    expect(graph.edges[0]!.change).toEqual({ zh: 'lenet 到 alexnet 的改动', en: 'lenet to alexnet' });
  });

  it('groups the models by branch, branches by order, models by year', () => {
    expect([...graph.byBranch.keys()]).toEqual(['cnn', 'light']);
    expect(graph.byBranch.get('cnn')!.map((n) => n.id)).toEqual(['lenet', 'alexnet', 'vgg']);
    expect(graph.byBranch.get('light')!.map((n) => n.id)).toEqual(['mobilenet', 'shufflenet']);
    expect(graph.branches.map((b) => [b.id, b.index, b.names?.en])).toEqual([
      ['cnn', 0, 'Classic'],
      ['light', 1, 'Lightweight'],
    ]);
  });

  it('is deterministic whatever order the entries come in', () => {
    expect(buildLineage([...models].reverse(), [...branches].reverse())).toEqual(graph);
  });

  it('refuses an unknown parent, naming the file and the field', () => {
    expect(() => buildLineage([...models, model('ghost-child', 'cnn', 2020, ['ghost'])])).toThrow(
      /content\/models\/ghost-child\.yaml: parents\[0\]\.id "ghost"/,
    );
  });

  it('refuses a cycle, naming every file in it', () => {
    expect(() => buildLineage([model('a', 'x', 2000, ['b']), model('b', 'x', 2001, ['a'])])).toThrow(
      /content\/models\/a\.yaml, content\/models\/b\.yaml/,
    );
  });
});

describe('parents, children and the neighbourhood', () => {
  const graph = buildLineage(models, branches);

  it('lists parents in the order the entry gives them, and children', () => {
    expect(parentsOf(graph, 'mobilenet').map((p) => p.node.id)).toEqual(['vgg', 'alexnet']);
    expect(childrenOf(graph, 'alexnet').map((c) => [c.node.id, c.change.en])).toEqual([
      ['vgg', 'alexnet to vgg'],
      ['mobilenet', 'alexnet to mobilenet'],
    ]);
    expect(childrenOf(graph, 'shufflenet')).toEqual([]);
  });

  it('gives a model its parents and children with what changed', () => {
    const n = neighbourhood(graph, 'vgg');
    expect(n.node.id).toBe('vgg');
    expect(n.parents.map((p) => [p.node.id, p.change.en])).toEqual([['alexnet', 'alexnet to vgg']]);
    expect(n.children.map((c) => [c.node.id, c.change.zh])).toEqual([['mobilenet', 'vgg 到 mobilenet 的改动']]);
    expect(() => neighbourhood(graph, 'nope')).toThrow(/nope/);
  });

  it('draws the neighbourhood as a graph of the model, its parents and children only', () => {
    const g = neighbourhoodGraph(graph, 'mobilenet');
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['alexnet', 'mobilenet', 'shufflenet', 'vgg']);
    expect(g.edges.map((e) => `${e.from}->${e.to}`)).toEqual([
      'vgg->mobilenet',
      'alexnet->mobilenet',
      'mobilenet->shufflenet',
    ]);
    // alexnet -> vgg links two neighbours but not the model itself: left out.
    expect(g.nodes.every((n) => !n.external)).toBe(true);
  });
});

describe('subgraph', () => {
  const graph = buildLineage(models, branches);

  it('keeps the branch and marks the outside parents it links to as external', () => {
    const g = subgraph(graph, 'light');
    expect(g.nodes.map((n) => [n.id, n.external])).toEqual([
      ['alexnet', true],
      ['vgg', true],
      ['mobilenet', false],
      ['shufflenet', false],
    ]);
    expect(g.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['vgg->mobilenet', 'alexnet->mobilenet', 'mobilenet->shufflenet']);
    // The branch keeps its position in the whole tree (it picks the colour).
    expect(g.branches.map((b) => [b.id, b.index])).toEqual([['cnn', 0], ['light', 1]]);
  });

  it('leaves out children in other branches', () => {
    const g = subgraph(graph, 'cnn');
    expect(g.nodes.map((n) => n.id)).toEqual(['lenet', 'alexnet', 'vgg']);
    expect(g.edges).toHaveLength(2);
  });
});

describe('findUnknownParents', () => {
  it('reports the model, the position and the id', () => {
    const found = findUnknownParents([
      model('b', 'x', 2000, ['a', 'nowhere']),
      model('a', 'x', 1999, ['missing']),
    ]);
    expect(found).toEqual([
      { model: 'a', index: 0, parent: 'missing' },
      { model: 'b', index: 1, parent: 'nowhere' },
    ]);
  });

  it('finds nothing in a sound lineage', () => {
    expect(findUnknownParents(models)).toEqual([]);
  });
});

describe('findCycles', () => {
  it('finds none in a tree', () => {
    expect(findCycles(models)).toEqual([]);
  });

  it('finds a self-loop', () => {
    const cycles = findCycles([model('a', 'x', 2000, ['a'])]);
    expect(cycles).toEqual([['a']]);
    expect(describeCycle(cycles[0]!)).toBe('a lists itself as a parent (content/models/a.yaml)');
  });

  it('finds a 2-cycle and names both files', () => {
    const cycles = findCycles([model('b', 'x', 2000, ['a']), model('a', 'x', 2000, ['b']), model('c', 'x', 2001, ['a'])]);
    expect(cycles).toEqual([['a', 'b']]);
    const message = describeCycle(cycles[0]!);
    expect(message).toContain('a → b → a');
    expect(message).toContain('content/models/a.yaml');
    expect(message).toContain('content/models/b.yaml');
  });

  it('finds a 3-cycle, starting from its smallest id and following the parents', () => {
    // p lists r, r lists q, q lists p.
    const cycles = findCycles([model('q', 'x', 2000, ['p']), model('r', 'x', 2000, ['q']), model('p', 'x', 2000, ['r'])]);
    expect(cycles).toEqual([['p', 'r', 'q']]);
    expect(describeCycle(cycles[0]!)).toMatch(/p → r → q → p.*p\.yaml.*r\.yaml.*q\.yaml/);
  });

  it('reports separate cycles separately, in id order, ignoring unknown parents', () => {
    const cycles = findCycles([
      model('z', 'x', 2000, ['y']),
      model('y', 'x', 2000, ['z', 'unknown']),
      model('m', 'x', 2000, ['m']),
      model('ok', 'x', 2000, ['m']),
    ]);
    expect(cycles).toEqual([['m'], ['y', 'z']]);
  });
});
