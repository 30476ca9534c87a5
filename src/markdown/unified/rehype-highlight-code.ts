/**
 * Code blocks highlighted at build time (src/markdown/highlight.ts): the unified half.
 * A fenced block of a language the highlighter knows gets its coloured runs as spans;
 * math blocks (`language-math`) are rehype-katex's and are left to it.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { codeRuns, runsToHast } from '../highlight';
import { highlightedLanguage } from '../code-languages';

/** A code element's text: a fenced block's `<code>` holds text only. */
const textOf = (code: Element) => code.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

export function rehypeHighlightCode() {
  return (tree: Root) => {
    visit(tree, 'element', (pre) => {
      if (pre.tagName !== 'pre') return;
      const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      const className = code?.properties.className;
      const language = code && Array.isArray(className) ? highlightedLanguage(className.map(String)) : undefined;
      if (code && language) code.children = runsToHast(codeRuns(textOf(code), language));
    });
  };
}
