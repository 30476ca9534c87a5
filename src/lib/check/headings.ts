/**
 * The `id`s Astro gives an article's headings: github-slugger over the heading's text
 * after SmartyPants (which Astro's MDX pipeline runs by default, turning ' into ’), one
 * slugger per article so repeated headings get `-1`, `-2` suffixes (as
 * @astrojs/markdown-remark's rehypeHeadingIds does). Ids are computed after KaTeX, so
 * inline math counts with the text of KaTeX's output (MathML, TeX annotation and HTML).
 */
import GithubSlugger from 'github-slugger';
import katex from 'katex';
import type { Heading, Nodes, Root } from 'mdast';
import { unified } from 'unified';
import remarkSmartypants from 'remark-smartypants';
import { eachNode } from './each-node';
import { KATEX_OPTIONS } from '../../markdown/shared';

// SmartyPants over the whole body costs more than parsing it; headings alone are cheap.
const smartypants = unified().use(remarkSmartypants);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };

/** The text nodes of KaTeX's HTML+MathML rendering, concatenated (as rehype sees them). */
function mathText(tex: string): string {
  const html = katex.renderToString(tex, { ...KATEX_OPTIONS, throwOnError: false });
  return html.replace(/<[^>]*>/g, '').replace(/&(#x27|#39|amp|lt|gt|quot);/g, (_, e: string) => ENTITIES[e]!);
}

function textOf(node: Nodes): string {
  if (node.type === 'inlineMath') return mathText(node.value);
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

export function headingSlugs(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  eachNode(tree, (node) => {
    if (node.type === 'heading') headings.push(structuredClone(node));
  });
  const root: Root = { type: 'root', children: headings };
  const typographic = smartypants.runSync(root) as Root;
  return new Set((typographic.children as Heading[]).map((h) => slugger.slug(textOf(h))));
}
