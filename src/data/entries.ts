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

/** The article of a model (or a branch overview) in one locale, if written. */
export function articleFor(data: SiteData, locale: Locale, owner: { model?: string; branch?: string }): ArticleEntry | undefined {
  return data.articles.find(
    (a) =>
      a.id.startsWith(`${locale}/`) &&
      ((owner.model && a.data.model === owner.model) || (owner.branch && a.data.branch === owner.branch)),
  );
}

export function modelsOfBranch(data: SiteData, branchId: string): ModelEntry[] {
  return data.models.filter((m) => m.data.branch === branchId);
}

export function findModel(data: SiteData, id: string): ModelEntry {
  const model = data.models.find((m) => m.id === id);
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
