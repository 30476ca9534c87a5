/**
 * Code fences name a language the site knows: one it highlights (under any usual name),
 * or plain text on purpose (`text`, `math`). A misspelt name (```pyhton) would otherwise
 * show the block uncoloured with nothing said.
 */
import { eachNode } from './each-node';
import type { Article } from './load';
import type { Problem } from './types';
import { LANGUAGE_ALIASES, PLAIN_LANGUAGES } from '../../markdown/code-languages';

const KNOWN = new Set<string>([...Object.keys(LANGUAGE_ALIASES), ...PLAIN_LANGUAGES]);

export function checkCodeFences(article: Article): Problem[] {
  const problems: Problem[] = [];
  if (!article.source.tree) return problems;
  eachNode(article.source.tree, (node) => {
    if (node.type !== 'code' || !node.lang || KNOWN.has(node.lang.toLowerCase())) return;
    problems.push({
      file: article.file,
      line: node.position?.start.line,
      field: 'code fence',
      rule: 'code-language',
      message: `expected a language the site highlights (${Object.keys(LANGUAGE_ALIASES).join(', ')}) or plain text (${PLAIN_LANGUAGES.join(', ')}), found "${node.lang}"`,
    });
  });
  return problems;
}
