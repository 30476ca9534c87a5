/**
 * The articles collection's loader: each article under content/articles/<locale>/ as its
 * frontmatter (validated by the schema) and its MDX body, which the page compiles when it
 * renders (src/markdown/render-article.ts). The id is the path without ".mdx"
 * ("zh/classic-cnn/resnet"), so twins differ only in the locale folder.
 *
 * Why not Astro's glob() loader: for MDX it records every file as a module to import when
 * the entry is rendered, and the build then bundles every article, 2,000 of them on a
 * 1,000-model site: a quarter of the build's time (docs/performance.md, round 4).
 *
 * The frontmatter is read as the content check reads it (src/lib/mdx-file.ts, YAML's core
 * schema), so what the check passes is what the site gets. In `astro dev`, an added,
 * changed or deleted article is reloaded.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { splitMdx } from '../lib/mdx-file';
import { parseYaml } from '../lib/check/yaml-source';
import { repoPath } from '../lib/check/content-fs';
import { LOCALES } from '../lib/i18n';

/** An article's path under the articles folder: "<locale>/…/<name>.mdx". */
const ARTICLE = new RegExp(`^(?:${LOCALES.join('|')})/.+\\.mdx$`);

/** @param folder the articles folder, relative to the project root */
export function articleFiles(folder: string): Loader {
  return {
    name: 'alphatree:article-files',
    async load({ config, store, parseData, generateDigest, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const base = resolve(root, folder);

      const idOf = (path: string) => repoPath(base, path).replace(/\.mdx$/, '');

      /** Stores the article at `path` (absolute) unless it is stored as it is; returns its id. */
      async function sync(path: string): Promise<string> {
        const id = idOf(path);
        const file = repoPath(root, path);
        const text = readFileSync(path, 'utf8');
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return id;
        const { yaml, body } = splitMdx(text);
        const frontmatter = yaml === undefined ? { data: {}, errors: [] } : parseYaml(yaml, 1);
        const [error] = frontmatter.errors;
        if (error) throw new Error(`${file}${error.line ? `:${error.line}` : ''}: frontmatter: ${error.message}`);
        const data = await parseData({ id, data: (frontmatter.data ?? {}) as Record<string, unknown>, filePath: path });
        store.set({ id, data, body, filePath: file, digest });
        return id;
      }

      const paths = globSync(`{${LOCALES.join(',')}}/**/*.mdx`, { cwd: base }).map((file) => join(base, file));
      const ids = new Set(await Promise.all(paths.map(sync)));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);

      if (!watcher) return;
      const isArticle = (path: string) => ARTICLE.test(repoPath(base, path));
      // In dev a broken article is reported and the server goes on; the build stops on it (above).
      const reload = (path: string) => isArticle(path) && sync(path).catch((error: Error) => logger.error(error.message));
      watcher.add(base);
      watcher.on('add', reload);
      watcher.on('change', reload);
      watcher.on('unlink', (path) => isArticle(path) && store.delete(idOf(path)));
    },
  };
}
