/**
 * A code block or a displayed formula wider than the column scrolls sideways; keyboard
 * users can only scroll it if it can take focus (WCAG 2.1.1, axe
 * "scrollable-region-focusable"). Runs after rehype-katex, which makes the formulas.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { DISPLAY_MATH_CLASS } from '../shared';

export function rehypeFocusableScrollers() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const className = node.properties.className;
      const displayMath = node.tagName === 'span' && Array.isArray(className) && className.includes(DISPLAY_MATH_CLASS);
      if ((node.tagName === 'pre' || displayMath) && node.properties.tabIndex === undefined) node.properties.tabIndex = 0;
    });
  };
}
