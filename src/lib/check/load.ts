/**
 * Reads content/ into memory once: every YAML entry with its line map and every
 * article with its frontmatter and mdast. Syntax errors and misnamed files are
 * reported here; the other checks work on what could be parsed.
 */
import { basename, extname, join } from 'node:path';
import { listFiles, listFilesDeep, readText, repoPath } from './content-fs';
import { parseMdx, type MdxSource } from './mdx-source';
import { parseYaml, type YamlSource } from './yaml-source';
import { headingSlugs } from './headings';
import type { Locale } from '../i18n';
import type { Problem } from './types';

export const COLLECTIONS = ['models', 'branches', 'datasets', 'authors', 'competitions'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Same pattern as `idSchema` in src/schemas/common.ts. */
export const ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const IMAGE_EXT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif']);

export type Data = Record<string, unknown>;

export interface YamlEntry {
  collection: Collection;
  id: string;
  /** Repository-relative path. */
  file: string;
  abs: string;
  source: YamlSource;
  /** The parsed mapping, or undefined when the file is not a YAML mapping. */
  data: Data | undefined;
}

export interface Article {
  file: string;
  abs: string;
  locale: Locale;
  /** Path under the locale folder, e.g. `classic-cnn/resnet.mdx`; equal for twins. */
  rel: string;
  source: MdxSource;
  frontmatter: Data | undefined;
  /** Heading ids of the body. */
  slugs: Set<string>;
}

/** The page an article is shown on: a model's or a branch's (by its frontmatter). */
export type ArticleOwner = { model: string } | { branch: string };

export function ownerOf(article: Article): ArticleOwner | undefined {
  const { model, branch } = article.frontmatter ?? {};
  return typeof model === 'string' ? { model } : typeof branch === 'string' ? { branch } : undefined;
}

export interface Corpus {
  root: string;
  entries: Record<Collection, YamlEntry[]>;
  articles: Article[];
}

const asData = (v: unknown): Data | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : undefined);

async function loadCollection(root: string, collection: Collection, problems: Problem[]): Promise<YamlEntry[]> {
  const entries: YamlEntry[] = [];
  for (const abs of await listFiles(join(root, 'content', collection))) {
    const file = repoPath(root, abs);
    const ext = extname(abs);
    const id = basename(abs, ext);
    if (collection === 'authors' && ext === '.svg') continue; // logos, checked with their author
    if (ext !== '.yaml') {
      const expected =
        ext === '.yml' ? `expected a .yaml file (the site reads only *.yaml): rename it to ${id}.yaml` : `expected only <id>.yaml files in content/${collection}/`;
      problems.push({ file, rule: 'file-name', message: expected });
      continue;
    }
    if (!ID_PATTERN.test(id))
      problems.push({ file, rule: 'file-name', message: `expected a file name that is the entry's id: lower-case letters, digits and hyphens, e.g. "resnet-50.yaml" (found "${id}")` });
    const source = parseYaml(await readText(abs));
    for (const e of source.errors) problems.push({ file, line: e.line, rule: 'yaml-syntax', message: `expected valid YAML: ${e.message}` });
    const data = asData(source.data);
    if (!source.errors.length && !data) problems.push({ file, line: 1, rule: 'schema', message: 'expected a YAML mapping of fields (key: value)' });
    entries.push({ collection, id, file, abs, source, data });
  }
  return entries;
}

async function loadArticles(root: string, problems: Problem[]): Promise<Article[]> {
  const articles: Article[] = [];
  const base = join(root, 'content', 'articles');
  for (const abs of await listFilesDeep(base)) {
    const file = repoPath(root, abs);
    const [locale, ...restParts] = repoPath(base, abs).split('/');
    const rel = restParts.join('/');
    const ext = extname(abs);
    if (IMAGE_EXT.has(ext.toLowerCase())) continue; // figures beside articles, checked where used
    if ((locale !== 'zh' && locale !== 'en') || !rel) {
      problems.push({ file, rule: 'file-name', message: 'expected articles in content/articles/zh/ or content/articles/en/ only' });
      continue;
    }
    if (ext !== '.mdx') {
      problems.push({ file, rule: 'file-name', message: `expected an .mdx file (found "${ext || 'no extension'}")` });
      continue;
    }
    const source = parseMdx(await readText(abs));
    if (!source.frontmatter)
      problems.push({ file, line: 1, rule: 'schema', message: 'expected a frontmatter block between "---" lines at the top (title, description, model or branch, authors)' });
    for (const e of source.frontmatter?.errors ?? []) problems.push({ file, line: e.line, rule: 'yaml-syntax', message: `expected valid YAML frontmatter: ${e.message}` });
    if (source.error) problems.push({ file, line: source.error.line, rule: 'mdx-syntax', message: `expected valid MDX: ${source.error.message}` });
    const slugs = source.tree ? headingSlugs(source.tree) : new Set<string>();
    articles.push({ file, abs, locale, rel, source, frontmatter: asData(source.frontmatter?.data), slugs });
  }
  return articles;
}

export async function loadCorpus(root: string): Promise<{ corpus: Corpus; problems: Problem[] }> {
  const problems: Problem[] = [];
  const entries = {} as Record<Collection, YamlEntry[]>;
  for (const c of COLLECTIONS) entries[c] = await loadCollection(root, c, problems);
  const articles = await loadArticles(root, problems);
  return { corpus: { root, entries, articles }, problems };
}
