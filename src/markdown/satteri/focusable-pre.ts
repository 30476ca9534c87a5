/**
 * The code-block half of rehypeFocusableScrollers, for the Sätteri pipeline: a code block
 * wider than the column scrolls sideways, and keyboard users can only scroll it if it can
 * take focus (WCAG 2.1.1, axe "scrollable-region-focusable"). Displayed formulas get the
 * same where they are rendered (katex.ts): they reach this pass as raw HTML.
 */
import type { HastPluginDefinition } from 'satteri';

export function satteriFocusablePre(): HastPluginDefinition {
  return {
    name: 'alphatree-focusable-pre',
    element: {
      filter: ['pre'],
      visit(node, ctx) {
        if (node.properties?.tabIndex === undefined) ctx.setProperty(node, 'tabIndex', 0);
      },
    },
  };
}
