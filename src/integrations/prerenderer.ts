/**
 * How `astro build` renders the pages: on every core (threaded-prerenderer.ts), with the
 * names each page gives KaTeX's stylesheet collected on the way, so that the sheet is
 * trimmed to them when the build is done (katex-css-purge.ts). Both wrap the
 * prerenderer Astro would use otherwise; Astro writes every file.
 */
import type { AstroIntegration } from 'astro';
import { pagesAtOnce, renderThreads, threadedPrerenderer } from './threaded-prerenderer';
import { katexCssPurge } from './katex-css-purge';

export function prerenderer(): AstroIntegration {
  // Of the rendering threads, one is Astro's renderer in the main thread; the rest are workers.
  const workers = renderThreads() - 1;
  const katex = katexCssPurge();
  let outDir: URL;
  return {
    name: 'alphatree:prerenderer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build' && workers > 0) updateConfig({ build: { concurrency: pagesAtOnce(workers) } });
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => katex.collecting(workers > 0 ? threadedPrerenderer(astro, outDir, workers) : astro));
      },
      'astro:build:done': async ({ logger }) => {
        const sheets = await katex.purge(outDir);
        logger.info(`KaTeX CSS: ${sheets} stylesheet(s) trimmed to the rules the math pages use`);
      },
    },
  };
}
