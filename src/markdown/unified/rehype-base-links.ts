/**
 * Articles link to other pages as "/models/resnet/" (what `npm run check` validates);
 * when the site is published under a base path (GitHub Pages: "/alphatree/"), this
 * prefixes it to every root-relative link, so contributors never write the base.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../shared';

export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/+$/, '');
  return (tree: Root) => {
    if (!base) return;
    visit(tree, 'element', (node) => {
      const href = node.properties?.href;
      if (typeof href === 'string') node.properties.href = withBase(href, base);
    });
  };
}
