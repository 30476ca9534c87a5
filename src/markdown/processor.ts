/**
 * The Markdown/MDX processor the site renders articles with, and the one it is checked
 * against.
 *
 * - `satteri` (the default): Astro 7's native engine, with our ports of the plugins
 *   below (src/markdown/satteri). It compiles an article about ten times faster than
 *   unified, which is what brings the 1,000-article build within its budget
 *   (docs/performance.md).
 * - `unified`: the design card's pipeline: remark-gfm, remark-math, rehype-katex,
 *   rehype-external-links and our own rehype plugins. It is the reference:
 *   tests/site/markdown-engines.test.ts builds the site with it
 *   (ALPHATREE_MARKDOWN=unified) and requires every page to come out the same as with
 *   Sätteri (tables, footnotes, math, links, smart quotes).
 */
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeExternalLinks from 'rehype-external-links';
import { EXTERNAL_REL, KATEX_OPTIONS } from './shared';
import { remarkKatexCss } from './unified/remark-katex-css';
import { rehypeBaseLinks } from './unified/rehype-base-links';
import { rehypeFocusableScrollers } from './unified/rehype-focusable-scrollers';
import { rehypeLocalizedFootnotes } from './unified/rehype-localized-footnotes';
import { rehypeHighlightCode } from './unified/rehype-highlight-code';
import { satteriKatex } from './satteri/katex';
import { satteriBaseLinks, satteriExternalLinks } from './satteri/links';
import { satteriFocusablePre } from './satteri/focusable-pre';
import { satteriLocalizedFootnotes } from './satteri/localized-footnotes';
import { satteriHighlightCode } from './satteri/highlight-code';

export const MARKDOWN_ENGINES = ['satteri', 'unified'] as const;
export type MarkdownEngine = (typeof MARKDOWN_ENGINES)[number];

/** The engine named by ALPHATREE_MARKDOWN, Sätteri when unset; anything else is an error, not a silent default. */
export function markdownEngine(name = process.env.ALPHATREE_MARKDOWN): MarkdownEngine {
  if (name === undefined || name === '') return 'satteri';
  if ((MARKDOWN_ENGINES as readonly string[]).includes(name)) return name as MarkdownEngine;
  throw new Error(`ALPHATREE_MARKDOWN is "${name}"; expected one of: ${MARKDOWN_ENGINES.join(', ')}`);
}

/**
 * The options of `mdx()` in astro.config.mjs, which articles are compiled with too
 * (src/markdown/render-article.ts): static parts of an article compile to one HTML string
 * instead of a JSX call per element (the same pages, a third of the code, a faster
 * build with less memory: docs/performance.md).
 */
export const MDX_OPTIONS = { optimize: true } as const;

/**
 * `markdown.syntaxHighlight` of astro.config.mjs: off, because both pipelines highlight
 * code blocks themselves, with only the spans that carry a colour (src/markdown/highlight.ts).
 */
export const SYNTAX_HIGHLIGHT = false;

/**
 * What compiles an article's MDX: the engine's MDX renderer with the options @astrojs/mdx
 * would give it (the processor's own GFM and smart-quote settings apply, as they do there).
 */
export function articleCompiler(engine: MarkdownEngine, options: { base: string }) {
  const processor = markdownProcessor(engine, options);
  if (!processor.createMdxRenderer) throw new Error(`the ${engine} Markdown processor cannot compile MDX`);
  return processor.createMdxRenderer({ syntaxHighlight: SYNTAX_HIGHLIGHT }, { optimize: MDX_OPTIONS.optimize, sourcemap: false });
}

export function markdownProcessor(engine: MarkdownEngine, options: { base: string }) {
  if (engine === 'unified') {
    return unified({
      // remark-gfm runs once, from the list below: left on, Astro's own `gfm` default
      // would register its syntax a second time (same output, slower parsing).
      gfm: false,
      remarkPlugins: [remarkGfm, remarkMath, remarkKatexCss],
      rehypePlugins: [
        [rehypeKatex, KATEX_OPTIONS],
        [rehypeExternalLinks, { rel: EXTERNAL_REL, target: false }],
        [rehypeBaseLinks, options],
        rehypeFocusableScrollers,
        rehypeLocalizedFootnotes,
        rehypeHighlightCode,
      ],
    });
  }
  return satteri({
    // GFM and smart punctuation are on by default in Astro; math is not.
    features: { math: true },
    hastPlugins: [satteriKatex(), satteriExternalLinks(), satteriBaseLinks(options), satteriFocusablePre(), satteriLocalizedFootnotes(), satteriHighlightCode()],
  });
}
