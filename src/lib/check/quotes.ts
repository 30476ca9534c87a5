/**
 * Straight quotes where the two Markdown engines may curl them in opposite directions
 * must be written typographically. Both engines curl ' and ", but they read the context
 * differently in two places, each found by the engines test in a new article:
 * - right after a component or inline math (`<ModelLink id="vgg" />'s`, `$g(t)$'s`:
 *   Sätteri ’s, unified ‘s);
 * - an opening quote before a symbol (` "###"`: Sätteri “###”, unified ”###”), because
 *   unified opens a quote only before a letter or digit.
 * The check says it where the contributor can fix it; the typographic quote is right in
 * either engine. Elsewhere the engines agree, and straight quotes stay allowed.
 */
import type { Nodes } from 'mdast';
import { eachNode } from './each-node';
import type { Article } from './load';
import type { Problem } from './types';

const TYPOGRAPHIC: Record<string, string> = { "'": '’', '"': '”' };
/** A straight quote at the start or after a space, followed by neither letter nor digit nor space. */
const BEFORE_SYMBOL = /(^|\s)(["'])(?=[^\p{L}\p{N}\s])/gu;
const OPENING: Record<string, string> = { "'": '‘', '"': '“' };

export function checkQuotes(article: Article): Problem[] {
  const problems: Problem[] = [];
  if (!article.source.tree) return problems;
  const problem = (node: Nodes, field: string, message: string) =>
    problems.push({ file: article.file, line: node.position?.start.line, field, rule: 'straight-quote', message });
  eachNode(article.source.tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    children.forEach((child, i) => {
      if (child.type !== 'text') return;
      for (const match of child.value.matchAll(BEFORE_SYMBOL)) {
        const quote = match[2]!;
        const at = match.index + match[1]!.length;
        problem(child, 'text', `expected a typographic ${OPENING[quote]} before a symbol (the two Markdown engines may curl a straight ${quote} there in opposite directions), found "${child.value.slice(at, at + 5)}"`);
      }
      const before = children[i - 1];
      const after = before?.type === 'mdxJsxTextElement' ? ['component', `<${before.name}>`] : before?.type === 'inlineMath' ? ['inline math', 'math'] : undefined;
      const quote = child.value[0];
      if (!after || !quote || !(quote in TYPOGRAPHIC)) return;
      problem(child, after[1]!, `expected a typographic ${TYPOGRAPHIC[quote]} right after the ${after[0]} (the two Markdown engines may curl a straight ${quote} there in opposite directions), found "${child.value.slice(0, 3)}"`);
    });
  });
  return problems;
}
