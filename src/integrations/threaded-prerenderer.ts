/**
 * Renders the pages of `astro build` on every core. Astro's own renderer runs in the
 * build's main thread, one page after another, and rendering was the longest phase of
 * the 1,000-article build (docs/performance.md). This prerenderer (Astro's
 * `setPrerenderer` API, meant for adapters that render elsewhere) loads the same
 * prerender bundle in worker threads and gives each page to a free worker, or to Astro's
 * renderer in the main thread; Astro still writes every file. The pages are byte for
 * byte those of Astro's renderer alone (tests/site/reproducible.test.ts builds both
 * ways). ALPHATREE_RENDER_THREADS=1 renders with Astro's renderer alone.
 * Installed by src/integrations/prerenderer.ts.
 */
import type { AstroPrerenderer } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { routeKey } from './route-key.mjs';

/** Pages a worker holds at once: one rendering, one waiting, so it never idles while the main thread writes. */
const PAGES_PER_WORKER = 2;

/** How many pages Astro should ask for at once: as many as `workers` hold, and one for this thread. */
export function pagesAtOnce(workers: number): number {
  return workers * PAGES_PER_WORKER + 1;
}

/** Rendering threads, this one included: ALPHATREE_RENDER_THREADS, else one per core. */
export function renderThreads(env = process.env): number {
  const wanted = env.ALPHATREE_RENDER_THREADS;
  if (wanted === undefined || wanted === '') return availableParallelism();
  const n = Number(wanted);
  if (!Number.isInteger(n) || n < 1) throw new Error(`ALPHATREE_RENDER_THREADS: expected a whole number ≥ 1, got "${wanted}"`);
  return n;
}

/**
 * `import()` as Node does it. The config (and this file) is loaded by Vite's module
 * runner, whose `import()` would evaluate a second copy of the prerender bundle; the
 * copy patched here must be the one Astro's renderer loads.
 */
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<{ app: BuildApp }>;

/** What is used here of Astro's BuildApp (the `app` export of the prerender bundle). */
interface BuildApp {
  setInternals(internals: BuildInternals): void;
  getSettings(): { scripts: { stage: string; content: string }[] };
  getOptions(): { logger: { options: { destination: { write(event: unknown): boolean } } } };
}
/** The parts of Astro's build internals that rendering reads (core/build/environment.js: headElements). */
interface BuildInternals {
  pagesByKeys: Map<string, { styles: unknown[] }>;
  entrySpecifierToBundleMap: Map<string, string>;
}

type RenderOptions = Parameters<AstroPrerenderer['render']>[1];
type Job = { id: number; request: Request; options: RenderOptions; resolve: (rendered: Awaited<ReturnType<AstroPrerenderer['render']>>) => void; reject: (error: Error) => void };
type WorkerMessage =
  | { type: 'ready' }
  | { type: 'log'; event: unknown }
  | { type: 'page'; id: number; status: number; statusText: string; headers: [string, string][]; body: ArrayBuffer | null }
  | { type: 'error'; id: number; error: { name?: string; message: string; stack?: string; extra?: Record<string, unknown> } };

/**
 * The one prerender entry Astro wrote: `prerender-entry.<hash>.mjs` in `<outDir>/.prerender/`,
 * or in `./.astro/.prerender/` when the output folder lies outside the working directory
 * (Astro's getOutDirWithinCwd; Astro 7.4 hands prerenderers these folders instead).
 */
function prerenderEntry(outDir: URL): string {
  const serverDir = fileURLToPath(outDir).startsWith(process.cwd()) ? outDir : new URL('./.astro/', pathToFileURL(`${process.cwd()}${sep}`));
  const dir = fileURLToPath(new URL('./.prerender/', serverDir));
  const entries = existsSync(dir) ? readdirSync(dir).filter((name) => /^prerender-entry\..*\.mjs$/.test(name)) : [];
  if (entries.length !== 1) throw new Error(`threaded prerenderer: expected one prerender-entry.*.mjs in ${dir}, found ${entries.length}; build with ALPHATREE_RENDER_THREADS=1`);
  return pathToFileURL(join(dir, entries[0]!)).href;
}

function rebuiltError(error: Extract<WorkerMessage, { type: 'error' }>['error']): Error {
  const rebuilt = Object.assign(new Error(error.message), error.extra ?? {});
  if (error.name) rebuilt.name = error.name;
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

/**
 * A prerenderer that renders with Astro's renderer in this thread and `workers` more
 * threads beside it; Astro's renderer also stays in charge of the routes.
 */
export function threadedPrerenderer(astro: AstroPrerenderer & { app?: BuildApp }, outDir: URL, workers: number): AstroPrerenderer {
  const queue: Job[] = [];
  /** Workers ready for pages. */
  const pools: { worker: Worker; jobs: Map<number, Job> }[] = [];
  const started: Worker[] = [];
  let workerData: { entry: string; internals: BuildInternals; scripts: { stage: string; content: string }[] } | undefined;
  let log: (event: unknown) => void = () => undefined;
  /** A worker that failed: every page not yet rendered fails with its error, and so does the build. */
  let broken: Error | undefined;
  let nextId = 0;
  let mainBusy = false;
  let tearingDown = false;

  function dispatch() {
    if (broken) {
      for (const job of queue.splice(0)) job.reject(broken);
      return;
    }
    for (const pool of pools) {
      while (pool.jobs.size < PAGES_PER_WORKER && queue.length) {
        const job = queue.shift()!;
        pool.jobs.set(job.id, job);
        pool.worker.postMessage({ id: job.id, url: job.request.url, route: routeKey(job.options.routeData) });
      }
    }
    // This thread takes a page only when the workers hold all they can: it also writes the files.
    if (!mainBusy && queue.length) {
      const job = queue.shift()!;
      mainBusy = true;
      astro
        .render(job.request, job.options)
        .then(job.resolve, job.reject)
        .finally(() => {
          mainBusy = false;
          dispatch();
        });
    }
  }

  /** Starts a worker; it takes pages once it has loaded the bundle, while this thread renders the first ones. */
  function startWorker() {
    const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData });
    started.push(worker);
    const pool = { worker, jobs: new Map<number, Job>() };
    const lost = (error: Error) => {
      broken ??= error;
      const at = pools.indexOf(pool);
      if (at >= 0) pools.splice(at, 1);
      for (const job of pool.jobs.values()) job.reject(error);
      pool.jobs.clear();
      dispatch();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') {
        pools.push(pool);
        return dispatch();
      }
      if (message.type === 'log') return log(message.event);
      const job = pool.jobs.get(message.id)!;
      pool.jobs.delete(message.id);
      if (message.type === 'page') job.resolve(new Response(message.body, { status: message.status, statusText: message.statusText, headers: message.headers }));
      else job.reject(rebuiltError(message.error));
      dispatch();
    });
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (!tearingDown) lost(new Error(`threaded prerenderer: a render worker exited (code ${code})`));
    });
  }

  return {
    name: 'alphatree:threads',
    async setup() {
      const entry = prerenderEntry(outDir);
      // Astro hands its build data to the app it loads; keep a copy for the workers.
      const { app } = await nativeImport(entry);
      const setInternals = app.setInternals;
      let internals: BuildInternals | undefined;
      app.setInternals = function (value) {
        internals = value;
        setInternals.call(this, value);
      };
      try {
        await astro.setup?.();
      } finally {
        app.setInternals = setInternals;
      }
      if (!internals || astro.app !== app) throw new Error('threaded prerenderer: Astro did not load its prerender bundle as expected; build with ALPHATREE_RENDER_THREADS=1');
      workerData = {
        entry,
        internals: {
          pagesByKeys: new Map([...internals.pagesByKeys].map(([key, page]) => [key, { styles: page.styles }])),
          entrySpecifierToBundleMap: internals.entrySpecifierToBundleMap,
        },
        scripts: app.getSettings().scripts.map(({ stage, content }) => ({ stage, content })),
      };
      const destination = app.getOptions().logger.options.destination;
      log = (event) => void destination.write(event);
    },
    async getStaticPaths() {
      const paths = await astro.getStaticPaths();
      // Only now: the workers load the content store as this thread just did, and two
      // threads reading it at once made a short 0.5 GB peak, the build's largest.
      for (let i = 0; i < workers; i++) startWorker();
      return paths;
    },
    render(request, options) {
      // Incremental builds collect per-page data inside the renderer's process: Astro's renderer does that.
      if (options.collectMetadata) return astro.render(request, options);
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, request, options, resolve, reject });
        dispatch();
      });
    },
    async teardown() {
      tearingDown = true;
      await Promise.all(started.map((worker) => worker.terminate()));
      await astro.teardown?.();
    },
  };
}
