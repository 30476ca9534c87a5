/**
 * One rendering thread of the build (src/integrations/threaded-prerenderer.ts): it loads the
 * same prerender bundle Astro's own renderer loads, given the build data that bundle
 * needs (each page's stylesheets, the page-script bundle), and renders the pages it is
 * sent. Plain JavaScript because Node runs it as it is, outside Vite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { routeKey } from './route-key.mjs';

/** @type {{ entry: string, internals: unknown, scripts: { stage: string, content: string }[] }} */
const { entry, internals, scripts } = workerData;
const { app } = await import(entry);
app.setInternals(internals);
app.setOptions({
  settings: { scripts },
  // Astro's logger writes through this destination; the main thread prints what arrives.
  logger: { options: { destination: { write: (event) => (parentPort.postMessage({ type: 'log', event }), true) } } },
});

/** Routes by the key the main thread sends (the same manifest, built from the same bundle). */
const routes = new Map(app.manifest.routes.map(({ routeData }) => [routeKey(routeData), routeData]));

/** An error as it can cross to the main thread: its message and stack, and each own field that can be copied (Astro's `loc`, `hint`, ...). */
function plainError(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const extra = {};
  for (const [key, value] of Object.entries(error)) {
    try {
      extra[key] = structuredClone(value);
    } catch {
      // A function or a handle: not part of what Astro prints.
    }
  }
  return { name: error.name, message: error.message, stack: error.stack, extra };
}

parentPort.on('message', async ({ id, url, route }) => {
  try {
    const routeData = routes.get(route);
    if (!routeData) throw new Error(`render worker: no route ${route} in the prerender bundle`);
    const response = await app.render(new Request(url), { routeData });
    const body = response.body === null ? null : await response.arrayBuffer();
    const headers = [...response.headers];
    parentPort.postMessage({ type: 'page', id, status: response.status, statusText: response.statusText, headers, body }, body ? [body] : []);
  } catch (error) {
    parentPort.postMessage({ type: 'error', id, error: plainError(error) });
  }
});
parentPort.postMessage({ type: 'ready' });
