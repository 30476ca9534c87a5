/**
 * Links in the Sätteri pipeline, as rehype-external-links and rehypeBaseLinks treat
 * them in the unified one (the rules themselves are in ../shared.ts): a link that leaves
 * the site gets rel="noopener noreferrer"; a root-relative one gets the base path.
 */
import type { HastPluginDefinition } from 'satteri';
import { EXTERNAL_REL, isExternalHref, withBase } from '../shared';

export function satteriExternalLinks(): HastPluginDefinition {
  return {
    name: 'alphatree-external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && isExternalHref(href)) ctx.setProperty(node, 'rel', [...EXTERNAL_REL]);
      },
    },
  };
}

export function satteriBaseLinks(options: { base: string }): HastPluginDefinition | null {
  const base = options.base.replace(/\/+$/, '');
  if (!base) return null;
  return {
    name: 'alphatree-base-links',
    element: {
      filter: [], // every element: any of them may carry an href
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && withBase(href, base) !== href) ctx.setProperty(node, 'href', withBase(href, base));
      },
    },
  };
}
