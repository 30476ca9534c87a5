/**
 * rehypeLocalizedFootnotes for the Sätteri pipeline: footnotes' heading and back-link
 * labels in the article's language instead of GFM's English.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { articleLocale, footnoteReference, footnoteText } from '../shared';

export function satteriLocalizedFootnotes(): (context: PluginFactoryContext) => HastPluginDefinition | null {
  return (context) => {
    const locale = articleLocale(context.fileURL && fileURLToPath(context.fileURL));
    if (!locale) return null;
    const text = footnoteText(locale);
    return {
      name: 'alphatree-localized-footnotes',
      element: [
        {
          filter: ['h2'],
          visit(node, ctx) {
            if (node.properties?.id !== 'footnote-label') return;
            ctx.replaceNode(node, { ...node, children: [{ type: 'text', value: text.heading }] });
          },
        },
        {
          filter: ['a'],
          visit(node, ctx) {
            const label = node.properties?.ariaLabel;
            if (node.properties?.dataFootnoteBackref !== undefined && typeof label === 'string') {
              ctx.setProperty(node, 'ariaLabel', text.backLabel(footnoteReference(label)));
            }
          },
        },
      ],
    };
  };
}
