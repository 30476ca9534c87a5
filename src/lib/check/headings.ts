/**
 * The `id`s Astro gives an article's headings: github-slugger over the heading's text
 * after SmartyPants (which Astro's MDX pipeline runs by default, turning ' into ’), one
 * slugger per article so repeated headings get `-1`, `-2` suffixes (as
 * @astrojs/markdown-remark's rehypeHeadingIds does). Inline math counts with its TeX
 * source, which is close enough for the headings articles use.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import { unified } from 'unified';
import remarkSmartypants from 'remark-smartypants';
import { visit } from 'unist-util-visit';

// SmartyPants over the whole body costs more than parsing it; headings alone are cheap.
const smartypants = unified().use(remarkSmartypants);

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

export function headingSlugs(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  visit(tree, 'heading', (heading) => void headings.push(structuredClone(heading)));
  const typographic = smartypants.runSync({ type: 'root', children: headings }) as Root;
  return new Set((typographic.children as Heading[]).map((h) => slugger.slug(textOf(h))));
}
