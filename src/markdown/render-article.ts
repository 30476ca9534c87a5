/**
 * An article, compiled and run when its page renders.
 *
 * The articles collection stores each article's frontmatter and MDX body, not a module
 * (src/loaders/article-files.ts), so the bundler never sees the 2,000 articles of a
 * 1,000-model site. Here the body goes through the same MDX renderer @astrojs/mdx uses,
 * with the same processor and options (src/markdown/processor.ts), and the compiled
 * module runs as a function (src/lib/article-program.ts) on Astro's JSX runtime: the
 * HTML is what `render(entry)` gave when articles were modules.
 */
import { resolve } from 'node:path';
import type { MarkdownHeading } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import * as astroServer from 'astro/runtime/server/index.js';
import katexStylesheet from 'katex/dist/katex.min.css?url';
import { articleProgram } from '../lib/article-program';
import { katexFacesToPreload, type KatexFace } from '../lib/katex-faces';
import { basePath } from '../lib/urls';
import { articleCompiler, markdownEngine } from './processor';

type ArticleEntry = CollectionEntry<'articles'>;
type Props = { components?: Record<string, unknown>; [prop: string]: unknown };

export interface RenderedArticle {
  /** The article, to render as `<Content components={articleComponents} />`. */
  Content: (props?: Props) => unknown;
  /** Its headings, for the table of contents. */
  headings: MarkdownHeading[];
  /** The stylesheets its page must link: KaTeX's (bundled by Vite, with its fonts) when it shows math. */
  stylesheets: string[];
  /** The fonts its page preloads: the KaTeX faces its formulas are set in (src/lib/katex-faces.ts). */
  fonts: string[];
}

// The same files KaTeX's stylesheet names: Vite emits each asset once, by its content.
const KATEX_FONT_URLS = import.meta.glob<string>('/node_modules/katex/dist/fonts/*.woff2', { query: '?url', import: 'default', eager: true });
const katexFontUrl = (face: KatexFace) => {
  const url = KATEX_FONT_URLS[`/node_modules/katex/dist/fonts/KaTeX_${face}.woff2`];
  if (url === undefined) throw new Error(`KaTeX ships no font file for the face ${face}`);
  return url;
};

// One compiler per rendering thread, made on first use.
let compiler: ReturnType<typeof articleCompiler> | undefined;

export async function renderArticle(entry: ArticleEntry): Promise<RenderedArticle> {
  const file = entry.filePath;
  if (file === undefined || entry.body === undefined) throw new Error(`article ${entry.id}: the loader stored no file or body`);
  compiler ??= articleCompiler(markdownEngine(), { base: basePath() });
  // Absolute, as Vite gave it to @astrojs/mdx (plugins read the locale from it); the build runs in the project root.
  const path = resolve(file);
  const { code } = await (await compiler)
    .process(entry.body, path, entry.data)
    .catch((error: Error) => Promise.reject(new Error(`${file}: the article does not compile: ${error.message}`, { cause: error })));
  const program = articleProgram(code, file);
  const compiled = new Function('runtime', program.body)({ Fragment, jsx, jsxs }) as {
    MDXContent: (props: Props) => unknown;
    getHeadings: () => MarkdownHeading[];
  };
  // What @astrojs/mdx's post-processing wraps every compiled article in.
  const Content = (props: Props = {}) => compiled.MDXContent({ ...props, components: { Fragment, ...props.components } });
  Object.assign(Content, { [Symbol.for('mdx-component')]: true, [Symbol.for('astro.needsHeadRendering')]: true, moduleId: path });
  // Astro renders it with its JSX renderer, as it does a compiled MDX module's Content: @astrojs/mdx
  // tags those with this function, which Astro's runtime exports for it but its types do not declare.
  (astroServer as unknown as { __astro_tag_component__: (component: unknown, renderer: string) => void }).__astro_tag_component__(Content, 'astro:jsx');
  return {
    Content,
    headings: compiled.getHeadings(),
    stylesheets: program.math ? [katexStylesheet] : [],
    fonts: program.math ? katexFacesToPreload(code).map(katexFontUrl) : [],
  };
}
