/**
 * Links in an article's body: markdown links, link definitions and `href`s of JSX
 * elements. Internal links must name an existing route and, with a `#fragment`, a
 * heading of the page's article in that language; external links must be https.
 */
import type { Root } from 'mdast';
import { eachNode } from './each-node';
import { ownerOf, type Article, type ArticleOwner, type Corpus } from './load';
import { records, type Ids } from './ids';
import { resolveRoute } from './routes';
import { attribute, jsxElements } from './mdx-nodes';
import type { Locale } from '../i18n';
import type { Problem } from './types';
import { presentSectionIds } from '../page-sections';

interface Link {
  url: string;
  line?: number;
  field: string;
}

function linksOf(tree: Root): Link[] {
  const links: Link[] = [];
  eachNode(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition')
      links.push({ url: node.url, line: node.position?.start.line, field: node.type === 'link' ? 'link' : 'link definition' });
  });
  for (const el of jsxElements(tree)) {
    const href = attribute(el, 'href');
    if (typeof href === 'string') links.push({ url: href, line: el.position?.start.line, field: `<${el.name} href>` });
  }
  return links;
}

function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The article shown on a model's or branch's page in one language. */
function articleOf(corpus: Corpus, locale: Locale, owner: ArticleOwner): Article | undefined {
  const [field, id] = 'model' in owner ? ['model', owner.model] : ['branch', owner.branch];
  return corpus.articles.find((a) => a.locale === locale && a.frontmatter?.[field] === id);
}

/** The ids of the sections the owner's page adds around its article (results only with metrics, and so on). */
function pageSectionIds(corpus: Corpus, owner: ArticleOwner): string[] {
  if ('branch' in owner) return presentSectionIds('branch', { models: corpus.entries.models.some((m) => m.data?.branch === owner.branch) });
  const data = corpus.entries.models.find((m) => m.id === owner.model)?.data;
  return presentSectionIds('model', {
    metrics: records(data?.metrics).length > 0,
    architecture: Boolean(data?.architecture) || records(data?.variants).some(([v]) => Boolean(v.architecture)),
  });
}

/** What is wrong with one link, or undefined when it leads somewhere. */
function linkProblem(link: Link, article: Article, corpus: Corpus, ids: Ids): Omit<Problem, 'file' | 'line' | 'field'> | undefined {
  const url = link.url.trim();
  if (/^javascript:/i.test(url)) return { rule: 'raw-html', message: 'expected no javascript: URLs in articles' };
  if (/^http:\/\//i.test(url) || url.startsWith('//')) return { rule: 'insecure-link', message: `expected an https:// URL (found "${url}")` };
  if (/^(https:|mailto:)/i.test(url)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return { rule: 'broken-link', message: `expected an https://, mailto: or site link (found "${url}")` };

  const [beforeHash, rawFragment] = url.split('#', 2) as [string, string | undefined];
  const fragment = rawFragment === undefined ? undefined : decode(rawFragment);
  const pathname = beforeHash.split('?')[0]!;
  if (pathname === '') {
    const owner = ownerOf(article);
    const sections = owner ? pageSectionIds(corpus, owner) : [];
    if (fragment && article.source.tree && !article.slugs.has(fragment) && !sections.includes(fragment))
      return { rule: 'broken-fragment', message: `expected a heading id of this article or a section of its page (found "#${fragment}"; ids: ${[...article.slugs, ...sections].join(', ') || 'none'})` };
    return undefined;
  }
  if (!pathname.startsWith('/'))
    return { rule: 'broken-link', message: `expected a site path from the root, e.g. "/models/resnet/" or "/en/models/resnet/", or <ModelLink id> (found "${url}")` };
  const target = resolveRoute(pathname, ids);
  if ('expected' in target) return { rule: 'broken-link', message: `expected ${target.expected} (found "${url}")` };
  if (!fragment || !target.owner) return undefined; // fragments of list pages are not known here
  if (pageSectionIds(corpus, target.owner).includes(fragment)) return undefined;
  const page = articleOf(corpus, target.locale, target.owner);
  if (page && !page.source.tree) return undefined; // its headings are unknown; its syntax error is reported
  if (!page) return { rule: 'broken-fragment', message: `expected a heading of the ${target.locale} article of ${pathname}, but that page has no ${target.locale} article yet (found "#${fragment}")` };
  if (!page.slugs.has(fragment))
    return { rule: 'broken-fragment', message: `expected a heading id of ${page.file} (found "#${fragment}"; ids: ${[...page.slugs].join(', ') || 'none'})` };
  return undefined;
}

export function checkLinks(article: Article, corpus: Corpus, ids: Ids): Problem[] {
  if (!article.source.tree) return [];
  return linksOf(article.source.tree).flatMap((link) => {
    const p = linkProblem(link, article, corpus, ids);
    return p ? [{ file: article.file, line: link.line, field: link.field, ...p }] : [];
  });
}
