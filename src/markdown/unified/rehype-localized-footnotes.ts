/**
 * Footnotes in the article's language: GFM writes "Footnotes" and "Back to reference 1"
 * on Chinese pages too (remark-rehype's labels are one setting for all files).
 */
import type { Element, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { articleLocale, footnoteReference, footnoteText } from '../shared';

export function rehypeLocalizedFootnotes() {
  return (tree: Root, file: VFile) => {
    const locale = articleLocale(file.path);
    if (!locale) return;
    const text = footnoteText(locale);
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h2' && node.properties.id === 'footnote-label') {
        node.children = [{ type: 'text', value: text.heading } satisfies Text];
      } else if (node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined && typeof node.properties.ariaLabel === 'string') {
        node.properties.ariaLabel = text.backLabel(footnoteReference(node.properties.ariaLabel));
      }
    });
  };
}
