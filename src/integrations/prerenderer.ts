/**
 * How `astro build` renders the pages: on every core (threaded-prerenderer.ts), with the
 * names each page gives KaTeX's stylesheet collected on the way, so that the sheet is
 * trimmed to them when the build is done (katex-css-purge.ts). Both wrap the
 * prerenderer Astro would use otherwise; Astro writes every file.
 */
import type { AstroIntegration } from 'astro';
import { PAGES_PER_WORKER, renderThreads, threadedPrerenderer } from './threaded-prerenderer';
import { katexCssPurge } from './katex-css-purge';

export function prerenderer(): AstroIntegration {
  const threads = renderThreads();
  const katex = katexCssPurge();
  let outDir: URL;
  return {
    name: 'alphatree:prerenderer',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // Astro asks for as many pages at once as the workers can hold.
        if (command === 'build' && threads > 1) updateConfig({ build: { concurrency: (threads - 1) * PAGES_PER_WORKER + 1 } });
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => katex.collecting(threads > 1 ? threadedPrerenderer(astro, outDir, threads - 1) : astro));
      },
      'astro:build:done': async ({ logger }) => {
        const sheets = await katex.purge(outDir);
        logger.info(`KaTeX CSS: ${sheets} stylesheet(s) trimmed to the rules the math pages use`);
      },
    },
  };
}
