/** Joining paths: concatenated branches (Inception, fire, dense layers) and residual sums. */
import { ArchitectureError } from './errors';
import { depthTotal, Path } from './path';
import type { Shape } from './types';

/**
 * Concatenates the outputs of parallel branches along channels into a new path. Depth
 * is the deepest branch's; spatial sizes must agree.
 */
export function concat(input: Shape, branches: Path[]): Path {
  const [, h, w] = branches[0]!.shape;
  for (const b of branches) {
    if (b.shape[1] !== h || b.shape[2] !== w) {
      throw new ArchitectureError(`branches end at different sizes (${h}×${w} and ${b.shape[1]}×${b.shape[2]})`);
    }
  }
  const joined = new Path(input, [branches.reduce((c, b) => c + b.shape[0], 0), h, w]);
  for (const b of branches) joined.ops.push(...b.ops);
  const deepest = branches.reduce((a, b) => (depthTotal(b.depth) > depthTotal(a.depth) ? b : a));
  Object.assign(joined.depth, deepest.depth);
  return joined;
}

/**
 * Adds a shortcut to a residual path: identity when the shapes agree, otherwise the
 * projection `project` builds (its layers count towards parameters, not depth).
 */
export function addShortcut(main: Path, project: (shortcut: Path) => Path): Path {
  const [c, h, w] = main.input;
  const [oc, oh, ow] = main.shape;
  if (c === oc && h === oh && w === ow) return main;
  const shortcut = project(new Path(main.input));
  if (shortcut.shape.join() !== main.shape.join()) {
    throw new ArchitectureError(`the shortcut ends at ${shortcut.shape.join('×')}, the block at ${main.shape.join('×')}`);
  }
  main.ops.push(...shortcut.ops);
  return main;
}
