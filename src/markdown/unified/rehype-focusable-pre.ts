/**
 * A code block wider than the column scrolls sideways; keyboard users can only scroll
 * it if it can take focus (WCAG 2.1.1, axe "scrollable-region-focusable").
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeFocusablePre() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'pre' && node.properties.tabIndex === undefined) node.properties.tabIndex = 0;
    });
  };
}
