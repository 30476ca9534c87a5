/**
 * Code blocks highlighted at build time (src/markdown/highlight.ts): the Sätteri half of
 * rehypeHighlightCode. The block's `<code>` is written out again with its coloured runs as
 * spans, as a raw node (which mdx({ optimize: true }) keeps as a static string, as it does
 * KaTeX's HTML).
 */
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { escapeXml } from '../../lib/escape';
import { codeRuns, runsToHtml } from '../highlight';
import { highlightedLanguage } from '../code-languages';

export function satteriHighlightCode(): HastPluginDefinition {
  return {
    name: 'alphatree-highlight-code',
    element: {
      filter: ['code'],
      visit(code, ctx) {
        const parent = ctx.parent(code);
        if (parent?.type !== 'element' || (parent as Element).tagName !== 'pre') return;
        const className = code.properties?.className;
        const classNames = Array.isArray(className) ? className.map(String) : [];
        const language = highlightedLanguage(classNames);
        if (!language) return;
        const html = runsToHtml(codeRuns(ctx.textContent(code), language));
        ctx.replaceNode(code, { type: 'raw', value: `<code class="${escapeXml(classNames.join(' '))}">${html}</code>` });
      },
    },
  };
}
