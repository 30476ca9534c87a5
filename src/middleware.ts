/**
 * While `npm run build` renders the site, every page goes to scripts/build.ts as soon as
 * it is rendered, and Pagefind indexes it on the other core while Astro renders the
 * rest; only writing the index is left for after the build (docs/performance.md).
 * Outside that build (astro dev, a bare astro build) this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { PAGE_MESSAGE, pageFile, type RenderedPage } from './lib/rendered-page';

const feedsSearchIndex = process.env.ALPHATREE_PAGES_TO_PARENT === '1' && typeof process.send === 'function';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!feedsSearchIndex || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The base path as Astro resolved it from the config, so that it is decided in one place.
  const file = pageFile(context.url.pathname, import.meta.env.BASE_URL);
  const page: RenderedPage = { type: PAGE_MESSAGE, file, html: await response.clone().text() };
  process.send!(page);
  return response;
});
