// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { MDX_OPTIONS, SYNTAX_HIGHLIGHT, markdownEngine, markdownProcessor } from './src/markdown/processor';
import { contentCheck } from './src/integrations/content-check';
import { katexWoff2Only } from './src/integrations/katex-woff2-only';
import { prerenderer } from './src/integrations/prerenderer';

// Deployment settings come from the environment so that a fork can publish under its
// own GitHub Pages path without editing code.
const site = process.env.SITE_URL ?? 'https://alphatree.example.org';
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Scoped styles mark elements with a class rather than a data attribute per element.
  scopedStyleStrategy: 'class',
  // Stylesheets stay external (cached across pages) rather than inlined into every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // Sätteri, checked page by page against the unified pipeline (src/markdown/processor.ts).
    processor: markdownProcessor(markdownEngine(), { base }),
    syntaxHighlight: SYNTAX_HIGHLIGHT,
  },
  vite: {
    plugins: [katexWoff2Only()],
    // Fonts stay files (font-src 'self'), never data: URIs inlined into the CSS.
    build: {
      assetsInlineLimit: 0,
      // Components, layouts and pages share one stylesheet (cached across pages) instead of
      // one per chunk: a model page went from 7 render-blocking stylesheets to 3, then
      // (pages included) to 2, KaTeX's being the other. Lighthouse's first paint of a
      // model page: 1.2 -> 1.05 s. The site's CSS is 4.1 KB gzip in all.
      rollupOptions: {
        output: {
          manualChunks: (id) => (/\/src\/(components|layouts|pages)\//.test(id) ? 'ui' : undefined),
        },
      },
    },
  },
  integrations: [
    // First, so that bad content stops the build before anything renders.
    contentCheck(),
    // MDX: Astro's JSX renderer, which renders the compiled articles, and the compiler
    // options src/markdown/render-article.ts compiles them with (articles are read by
    // src/loaders/article-files.ts, not as MDX modules).
    mdx(MDX_OPTIONS),
    // Pages render on every core; KaTeX's stylesheet is trimmed to what they use.
    prerenderer(),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
      filter: (page) => !/\/(404|search)\/?$/.test(page),
    }),
    // The search index is built after Astro exits: scripts/build.ts.
  ],
});
