/**
 * A quote right after a component is written typographically (`<ModelLink id="vgg" />’s`).
 * Both Markdown engines curl straight quotes, but they may decide the direction of one
 * that follows an element differently: in DeepMask's and VGGFace's articles Sätteri wrote
 * ’s and unified ‘s. The engines test found it, twice; the check says it where the
 * contributor can fix it, and the typographic quote is right in either engine.
 */
import type { Nodes } from 'mdast';
import { eachNode } from './each-node';
import type { Article } from './load';
import type { Problem } from './types';

const TYPOGRAPHIC: Record<string, string> = { "'": '’', '"': '”' };

export function checkQuotes(article: Article): Problem[] {
  const problems: Problem[] = [];
  if (!article.source.tree) return problems;
  eachNode(article.source.tree, (node) => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    children.forEach((child, i) => {
      const before = children[i - 1];
      if (child.type !== 'text' || before?.type !== 'mdxJsxTextElement') return;
      const quote = child.value[0];
      if (!quote || !(quote in TYPOGRAPHIC)) return;
      problems.push({
        file: article.file,
        line: child.position?.start.line,
        field: `<${before.name}>`,
        rule: 'straight-quote',
        message: `expected a typographic ${TYPOGRAPHIC[quote]} right after the component (the two Markdown engines may curl a straight ${quote} there in opposite directions), found "${child.value.slice(0, 3)}"`,
      });
    });
  });
  return problems;
}
