/**
 * Walks a spec once: every layer's input and output shape, its units and its counts.
 * Everything else (counts, summary, rows, diagram) reads this result.
 */
import { ArchitectureError, type ArchitectureProblem } from './errors';
import { expandLayer } from './expand';
import { addDepth } from './path';
import type { Architecture, LayerResult, Shape } from './types';

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Analyses every layer; throws an `ArchitectureError` carrying the index of the first layer that does not fit. */
export function analyzeArchitecture(spec: Architecture): LayerResult[] {
  const results: LayerResult[] = [];
  let shape: Shape = spec.input;
  spec.layers.forEach((layer, index) => {
    let units;
    try {
      units = expandLayer(layer, shape);
    } catch (error) {
      if (error instanceof ArchitectureError) {
        throw new ArchitectureError(`${error.message} (input ${shape.join('×')})`, error.field, index);
      }
      throw error;
    }
    const ops = units.flatMap((u) => u.ops);
    const output = units[units.length - 1]!.output;
    results.push({
      index,
      layer,
      input: shape,
      output,
      units,
      params: sum(ops.map((o) => o.params)),
      fixedParams: sum(ops.map((o) => o.fixedParams)),
      multAdds: sum(ops.map((o) => o.multAdds)),
      depth: units.reduce((d, u) => addDepth(d, u.depth), { conv: 0, fc: 0, other: 0 }),
    });
    shape = output;
  });
  return results;
}

/** The problems of a spec, for the schema: empty when every layer fits its input. */
export function findArchitectureProblems(spec: Architecture): ArchitectureProblem[] {
  try {
    analyzeArchitecture(spec);
    return [];
  } catch (error) {
    if (!(error instanceof ArchitectureError)) throw error;
    return [{ index: error.index, field: error.field, message: error.message }];
  }
}
