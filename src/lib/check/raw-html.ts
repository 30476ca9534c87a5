/**
 * MDX is code that runs at build time, in CI too. An article may use the site's
 * components with literal props and plain HTML-like elements, but no script, no event
 * handlers, no import/export and no JavaScript expressions: anything else could run
 * a contributor's code with the build's permissions, or ship it to readers.
 */
import type { Root } from 'mdast';
import { eachNode } from './each-node';
import type { Article } from './load';
import { jsxElements, literalValue, NOT_LITERAL, programExpression } from './mdx-nodes';
import type { Problem } from './types';

/** Elements that run or embed code. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form']);

function codeProblems(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  eachNode(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'mdxjsEsm')
      problems.push({ file, line, field: 'import/export', rule: 'mdx-code', message: 'expected no import or export in articles: the site components (<Metric>, <ModelLink>, ...) are available without import' });
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // remark-mdx puts the parsed program on `data.estree` (satteri's mdast types leave it out).
      const estree = (node.data as { estree?: { body?: unknown[] } } | undefined)?.estree;
      const body = estree?.body ?? [];
      // `{/* a comment */}` has an empty program; a plain literal such as {' '} is harmless.
      if (body.length && literalValue(programExpression(estree)) === NOT_LITERAL)
        problems.push({ file, line, field: `{${node.value.trim().slice(0, 40)}}`, rule: 'mdx-code', message: 'expected no JavaScript expressions in articles (only {/* comments */}); render data with a component' });
    }
  });
  return problems;
}

function elementProblems(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const el of jsxElements(tree)) {
    const line = el.position?.start.line;
    const name = el.name ?? '';
    if (FORBIDDEN_ELEMENTS.has(name.toLowerCase()))
      problems.push({ file, line, field: `<${name}>`, rule: 'raw-html', message: `expected no <${name}> in articles: scripts, frames, styles and embeds are not allowed` });
    for (const attr of el.attributes) {
      if (attr.type === 'mdxJsxExpressionAttribute') {
        problems.push({ file, line, field: `<${name} {...}>`, rule: 'mdx-code', message: 'expected props written out one by one with literal values (no {...spread})' });
        continue;
      }
      if (/^on/i.test(attr.name)) {
        problems.push({ file, line, field: `<${name} ${attr.name}>`, rule: 'raw-html', message: `expected no event-handler attributes (on*=) in articles (found ${attr.name})` });
        continue;
      }
      if (attr.value && typeof attr.value === 'object' && literalValue(programExpression(attr.value.data?.estree)) === NOT_LITERAL)
        problems.push({ file, line, field: `<${name} ${attr.name}>`, rule: 'mdx-code', message: `expected a literal value for ${attr.name} (a string, number, or an array/object of them), not code (found {${attr.value.value.slice(0, 40)}})` });
    }
  }
  return problems;
}

export function checkRawHtml(article: Article): Problem[] {
  const tree = article.source.tree;
  return tree ? [...codeProblems(tree, article.file), ...elementProblems(tree, article.file)] : [];
}
