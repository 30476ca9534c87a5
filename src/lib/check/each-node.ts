/**
 * Every node of a Markdown tree, parents before children, in document order: what
 * `visit(tree, fn)` of unist-util-visit does for a visitor that never skips or stops,
 * without the list of ancestors it copies for every node (on 1,000 articles the check
 * spent a seventh of its time there).
 */
import type { Nodes } from 'mdast';

export function eachNode(tree: Nodes, fn: (node: Nodes) => void): void {
  fn(tree);
  if ('children' in tree) for (const child of tree.children) eachNode(child, fn);
}
