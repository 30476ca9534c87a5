/**
 * `npm run bench`: builds the real site and a generated 1,000-article site (each in a
 * temporary copy of the project), measures each build (wall time, peak memory of the
 * process tree, phases), what a first visit to each page type fetches in Chromium with
 * a cold cache, what a first Chinese and a first English search fetch, and Lighthouse
 * (mobile preset) on the real site. Optionally builds a Starlight peer on the same
 * generated articles in the same run and prints the ratios.
 * Writes bench/report.json (and the build logs under bench/out/) and prints a table.
 *
 *   npm run bench                          # real + 1,000-article site, pages, search, Lighthouse
 *   npm run bench -- --starlight           # ... and the Starlight peer, with the ratios
 *   npm run bench -- --articles 200 --no-lighthouse    # quicker
 *   npm run bench -- --only fixture,starlight          # just the build comparison
 *
 * Everything runs on 127.0.0.1; every step has a timeout; temp folders are removed at
 * the end (--keep leaves them for inspection).
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { serveDist } from './lib/serve-dist.ts';
import { cleanup, cleanupOnExit, commitAll, copyProject } from './bench/workdir.ts';
import { makeFixtureSite } from './bench/fixture-site.ts';
import { makeStarlightPeer } from './bench/starlight-peer.ts';
import { measureBuild } from './bench/measure-build.ts';
import { buildPhases } from './bench/phases.ts';
import { launchBrowser } from './bench/browser.ts';
import { firstVisit, pageTypes, type PageType } from './bench/first-visit.ts';
import { firstSearch } from './bench/search-bytes.ts';
import { CONTROL_PAGE, CONTROL_PATH, runLighthouse } from './bench/lighthouse.ts';
import { chineseFont, NO_CHINESE_FONT } from './bench/chinese-font.ts';
import { formatReport } from './bench/table.ts';
import type { BenchReport, BuildReport } from './bench/report.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    starlight: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/report.json' },
    'build-timeout': { type: 'string', default: '1200' },
    verbose: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const only = new Set((values.only ?? `real,fixture${values.starlight ? ',starlight' : ''}`).split(','));
const buildTimeoutMs = Number(values['build-timeout']) * 1000;
const WHOLE_RUN_LIMIT_MS = 90 * 60 * 1000;

const report: BenchReport = {
  date: new Date().toISOString(),
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  machine: { cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, loadBefore: loadavg().map((l) => Math.round(l * 100) / 100) },
  articles,
  builds: {},
  pages: {},
  search: {},
  lighthouse: [],
  errors: [],
};

if (!values.keep) cleanupOnExit();
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WHOLE_RUN_LIMIT_MS / 60000} min, giving up`);
  if (!values.keep) cleanup();
  process.exit(2);
}, WHOLE_RUN_LIMIT_MS);
watchdog.unref();

const log = (message: string) => console.log(`[bench ${new Date().toTimeString().slice(0, 8)}] ${message}`);

async function step<T>(label: string, run: () => Promise<T> | T): Promise<T | undefined> {
  log(label);
  try {
    return await run();
  } catch (error) {
    const message = `${label}: ${error instanceof Error ? error.message : String(error)}`;
    report.errors.push(message.slice(0, 2000));
    console.error(message.slice(0, 4000));
    return undefined;
  }
}

function countPages(dist: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else {
        bytes += stat.size;
        if (name.endsWith('.html') && !relative(dist, path).startsWith('pagefind')) pages++;
      }
    }
  };
  walk(dist);
  return { pages, bytes };
}

const outDir = join(REPO, 'bench/out');
mkdirSync(outDir, { recursive: true });

/** Each site's own build command: ours is `npm run build` (scripts/build.ts), Starlight's `astro build`. */
const BUILD_COMMANDS = {
  ours: { args: ['scripts/build.ts'], label: 'npm run build (scripts/build.ts: astro build, then Pagefind and the KaTeX CSS purge)' },
  starlight: { args: ['node_modules/astro/bin/astro.mjs', 'build'], label: 'astro build (Starlight runs Pagefind inside it)' },
};

async function build(name: string, dir: string, what: string, command: keyof typeof BUILD_COMMANDS = 'ours'): Promise<BuildReport> {
  const measure = await measureBuild(process.execPath, BUILD_COMMANDS[command].args, {
    cwd: dir,
    timeoutMs: buildTimeoutMs,
    verbose: values.verbose,
  });
  writeFileSync(join(outDir, `${name}-build.log`), measure.log);
  const { pages, bytes } = countPages(join(dir, 'dist'));
  const result: BuildReport = {
    what,
    command: `${BUILD_COMMANDS[command].label}; clean: no dist/, .astro/ or node_modules/.astro`,
    wallSeconds: measure.wallSeconds,
    peakRssMB: measure.peakRssMB,
    peakSingleRssMB: measure.peakSingleRssMB,
    phases: buildPhases(measure.log, measure.wallSeconds),
    rssTimeline: measure.rssTimeline,
    pages,
    distMB: Math.round(bytes / 1e5) / 10,
  };
  report.builds[name] = result;
  log(`${name}: ${result.wallSeconds} s, peak ${result.peakRssMB} MB, ${pages} pages`);
  return result;
}

async function weighPages(browser: Browser, name: string, dist: string, types: PageType[], searches: [locale: 'zh' | 'en', query: string][]) {
  const server = await serveDist(dist);
  try {
    const visits = [];
    for (const type of types) {
      const visit = await step(`${name}: first visit ${type.path}`, () => firstVisit(browser, server.url, type));
      if (visit) visits.push(visit);
    }
    report.pages[name] = visits;
    const found = [];
    for (const [locale, query] of searches) {
      const result = await step(`${name}: first ${locale} search "${query}"`, () => firstSearch(browser, server.url, locale, query));
      if (result) found.push(result);
    }
    if (found.length) report.search[name] = found;
  } finally {
    await server.close();
  }
}

// 1. Builds, one after the other (side by side in time, so the peers share the machine's state).
const dirs: Record<string, string> = {};
if (only.has('real')) {
  await step('real site: copy and build', async () => {
    const dir = copyProject(REPO, 'real');
    commitAll(dir);
    await build('real', dir, 'the real site (real content only)');
    dirs.real = dir;
  });
}
if (only.has('fixture')) {
  await step(`generated site: ${articles} articles, copy and build`, async () => {
    const site = makeFixtureSite(REPO, articles);
    await build('generated', site.dir, `the real site's code and content + ${site.models.length} generated models with ${articles} generated articles (zh + en)`);
    dirs.generated = site.dir;
  });
}
if (only.has('starlight')) {
  await step(`Starlight peer: install from npm and build ${articles} articles`, async () => {
    const peer = makeStarlightPeer(REPO, articles, 10 * 60 * 1000);
    log(`Starlight ${peer.starlightVersion} on Astro ${peer.astroVersion} installed in ${peer.installSeconds.toFixed(0)} s`);
    await build('starlight', peer.dir, `Starlight ${peer.starlightVersion} (Astro ${peer.astroVersion}) with the same ${articles} generated articles`, 'starlight');
    dirs.starlight = peer.dir;
  });
}
const generated = report.builds.generated;
const starlight = report.builds.starlight;
if (generated && starlight) {
  report.ratios = {
    site: 'generated',
    wall: Math.round((generated.wallSeconds / starlight.wallSeconds) * 100) / 100,
    memory: Math.round((generated.peakRssMB / starlight.peakRssMB) * 100) / 100,
  };
}

// 2. Pages, search and Lighthouse over the built sites.
const browser = Object.keys(dirs).length ? await step('launch Chromium', () => launchBrowser()) : undefined;
if (browser) {
  report.machine.chromium = browser.version();
  try {
    const both = (model?: string) => [...pageTypes('', model), ...pageTypes('/en', model)];
    const searches: [locale: 'zh' | 'en', query: string][] = [
      ['zh', '卷积'],
      ['en', 'convolution'],
    ];
    if (dirs.real) await weighPages(browser, 'real', join(dirs.real, 'dist'), both(), searches);
    if (dirs.generated)
      await weighPages(browser, 'generated', join(dirs.generated, 'dist'), [...both(), { type: 'generated model', path: '/models/gen-model-1/' }], searches);
    if (dirs.starlight)
      await weighPages(browser, 'starlight', join(dirs.starlight, 'dist'), [
        { type: 'home', path: '/' },
        { type: 'article (model)', path: '/models/gen-model-1/' },
        { type: 'article (en)', path: '/en/models/gen-model-1/' },
      ], []);
  } finally {
    await browser.close();
  }
}
if (dirs.real && !values['no-lighthouse']) {
  await step('Lighthouse (mobile) on the real site', async () => {
    // Served gzip-compressed, as any static host serves it.
    // The control page goes into the bench's copy of the site, after its pages were weighed.
    mkdirSync(join(dirs.real!, 'dist', CONTROL_PATH), { recursive: true });
    writeFileSync(join(dirs.real!, 'dist', CONTROL_PATH, 'index.html'), CONTROL_PAGE);
    const server = await serveDist(join(dirs.real!, 'dist'), { gzip: true, headers: { 'Cache-Control': 'max-age=600' } });
    try {
      // The audited pages are Chinese: measure them only as a reader's device draws them.
      const browser = await launchBrowser();
      const font = await chineseFont(browser, `${server.url}/`).finally(() => browser.close());
      report.machine.chineseFont = font.family;
      if (!font.drawn) throw new Error(`Lighthouse not run: ${NO_CHINESE_FONT}`);
      log(`Chinese text is drawn in ${font.family}`);
      report.lighthouse = await runLighthouse(server.url, ['/', '/models/resnet/', '/branches/classic-cnn/', '/tree/', '/models/', CONTROL_PATH]);
    } finally {
      await server.close();
    }
  });
}

report.machine.loadAfter = loadavg().map((l) => Math.round(l * 100) / 100);
const outFile = resolve(REPO, values.out);
mkdirSync(join(outFile, '..'), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${formatReport(report)}`);
console.log(`\nreport: ${relative(REPO, outFile)}; build logs: ${relative(REPO, outDir)}/` + (values.keep ? `; kept: ${Object.values(dirs).join(' ')}` : ''));
if (!values.keep) cleanup();
process.exit(report.errors.length ? 1 : 0);
