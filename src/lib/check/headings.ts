/**
 * The `id`s Astro gives an article's headings: github-slugger over the heading's text,
 * one slugger per article so repeated headings get `-1`, `-2` suffixes (as
 * @astrojs/markdown-remark's rehypeHeadingIds does). Inline math counts with its TeX
 * source, which is close enough for the headings articles use.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

export function headingSlugs(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const slugs = new Set<string>();
  visit(tree, 'heading', (heading) => {
    slugs.add(slugger.slug(textOf(heading)));
  });
  return slugs;
}
