/**
 * The one place pages read content from. Collections are loaded once per build and
 * sorted here, so every page, table and feed sees the same order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../lib/i18n';
import type { ModelEntry } from '../lib/models';
import { localizePath, routes } from '../lib/urls';

export type ArticleEntry = CollectionEntry<'articles'>;
export type BranchEntry = CollectionEntry<'branches'>;

let cache: Promise<SiteData> | undefined;

export interface SiteData {
  models: ModelEntry[];
  branches: BranchEntry[];
  articles: ArticleEntry[];
  datasets: CollectionEntry<'datasets'>[];
  authors: CollectionEntry<'authors'>[];
  competitions: CollectionEntry<'competitions'>[];
}

async function load(): Promise<SiteData> {
  const [models, branches, articles, datasets, authors, competitions] = await Promise.all([
    getCollection('models'),
    getCollection('branches'),
    getCollection('articles'),
    getCollection('datasets'),
    getCollection('authors'),
    getCollection('competitions'),
  ]);
  return {
    // Within a branch, models read in the order they appeared.
    models: models.sort((a, b) => a.data.year - b.data.year || (a.data.date ?? '').localeCompare(b.data.date ?? '') || a.id.localeCompare(b.id)),
    branches: branches.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    articles: articles.sort((a, b) => a.id.localeCompare(b.id)),
    datasets: datasets.sort((a, b) => a.id.localeCompare(b.id)),
    authors: authors.sort((a, b) => a.id.localeCompare(b.id)),
    competitions,
  };
}

export function siteData(): Promise<SiteData> {
  cache ??= load();
  return cache;
}

/**
 * Lookups by id, built once per SiteData: every page asks for its article, its model and
 * its branch's models, and scanning the lists each time grew with pages × entries
 * (0.6 s of a 1,000-article build).
 */
interface Indexes {
  articles: Map<string, ArticleEntry>;
  models: Map<string, ModelEntry>;
  branchModels: Map<string, ModelEntry[]>;
}
const indexes = new WeakMap<SiteData, Indexes>();

const articleKey = (locale: string, kind: 'model' | 'branch', id: string) => `${locale}\n${kind}\n${id}`;

function indexesOf(data: SiteData): Indexes {
  let found = indexes.get(data);
  if (found) return found;
  found = { articles: new Map(), models: new Map(), branchModels: new Map() };
  // The first wins, as a search of the sorted list would find it (an article has either
  // a model or a branch: the schema refuses both).
  for (const a of data.articles) {
    const key = a.data.model ? articleKey(a.id.split('/')[0]!, 'model', a.data.model) : articleKey(a.id.split('/')[0]!, 'branch', a.data.branch!);
    if (!found.articles.has(key)) found.articles.set(key, a);
  }
  for (const m of data.models) {
    if (!found.models.has(m.id)) found.models.set(m.id, m);
    found.branchModels.set(m.data.branch, [...(found.branchModels.get(m.data.branch) ?? []), m]);
  }
  indexes.set(data, found);
  return found;
}

/** The article of a model (or a branch overview) in one locale, if written. */
export function articleFor(data: SiteData, locale: Locale, owner: { model?: string; branch?: string }): ArticleEntry | undefined {
  const { articles } = indexesOf(data);
  return (owner.model && articles.get(articleKey(locale, 'model', owner.model))) || (owner.branch && articles.get(articleKey(locale, 'branch', owner.branch))) || undefined;
}

export function modelsOfBranch(data: SiteData, branchId: string): ModelEntry[] {
  return [...(indexesOf(data).branchModels.get(branchId) ?? [])];
}

/** The branches that have at least one model, in menu order: a branch with none is not shown. */
export function populatedBranches(data: SiteData): BranchEntry[] {
  const { branchModels } = indexesOf(data);
  return data.branches.filter((b) => branchModels.has(b.id));
}

export function findModel(data: SiteData, id: string): ModelEntry {
  const model = indexesOf(data).models.get(id);
  if (!model) throw new Error(`No model "${id}" in content/models/ (expected one of: ${data.models.map((m) => m.id).join(', ')})`);
  return model;
}

export function datasetName(data: SiteData, id: string, locale: Locale): string {
  return data.datasets.find((d) => d.id === id)?.data.names[locale] ?? id;
}

/** What the table builder needs to name branches and data sets and link models. */
export function tableContext(data: SiteData, locale: Locale) {
  return {
    locale,
    branchName: (id: string) => data.branches.find((b) => b.id === id)?.data.names[locale] ?? id,
    datasetName: (id: string) => datasetName(data, id, locale),
    modelHref: (id: string) => localizePath(routes.model(id), locale),
  };
}

/** The locale of the page being rendered (components inside MDX have no other way to know). */
export function currentLocale(astroLocale: string | undefined): Locale {
  return astroLocale === 'en' ? 'en' : 'zh';
}
