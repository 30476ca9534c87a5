/**
 * Lighthouse (its default config: the mobile preset, simulated throttling) against the
 * local Chromium: one browser launched as the tests launch it, with a DevTools port on
 * 127.0.0.1 that Lighthouse drives. Scores are 0-100; each run lists the audits that
 * kept a category below 100.
 *
 * Each page is audited several times and the median run is reported, chosen by
 * Lighthouse's own `computeMedianRun` (the run nearest the median first paint and time
 * to interactive), as Lighthouse's docs on variability advise: on this 2-core machine
 * the same bytes scored 83 in one run and 99 in the next. Every run's performance score
 * is kept beside it, and so is Lighthouse's measure of the machine's speed.
 */
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

export interface LighthouseRun {
  path: string;
  scores: Record<string, number | null>;
  /** Audits that weighed in a category's score and did not pass, per category. */
  failing: Record<string, FailingAudit[]>;
  metrics: Record<string, number | undefined>;
  /** The performance score of every run of this page, in order; the rest of this record is the median run's. */
  performanceRuns: (number | null)[];
  /** Lighthouse's measure of the machine's speed in the median run (a desktop of 2020 scores about 1,500). */
  benchmarkIndex?: number;
  /** What the performance score hangs on: render-blocking requests, long tasks, main-thread work, DOM size. */
  diagnostics: Record<string, { displayValue?: string; items: string[] }>;
}

const DIAGNOSTICS = ['render-blocking-insight', 'long-tasks', 'mainthread-work-breakdown', 'dom-size-insight', 'font-display-insight'];

export interface FailingAudit {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** Up to five of the audit's items: the element, URL or message it points at. */
  items: string[];
}

interface AuditItem {
  node?: { snippet?: string; selector?: string };
  url?: string;
  description?: string;
  source?: string;
}

function itemsOf(details: unknown): string[] {
  const items = (details as { items?: AuditItem[] } | undefined)?.items ?? [];
  return items.slice(0, 5).map((item) => {
    const extra = item as AuditItem & { wastedMs?: number; duration?: number; groupLabel?: string; statistic?: string; value?: { value?: number } };
    const what = String(item.node?.snippet ?? item.description ?? item.url ?? item.source ?? extra.groupLabel ?? extra.statistic ?? JSON.stringify(item)).slice(0, 300);
    const amount = extra.wastedMs ?? extra.duration ?? extra.value?.value;
    return amount === undefined ? what : `${what}: ${Math.round(amount)}`;
  });
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * The control: a bare page (a heading and a sentence; no CSS, script or favicon request), served beside
 * the site and audited the same way. Whatever keeps its performance below 100 is the
 * machine and the browser, not the site.
 */
export const CONTROL_PATH = '/lighthouse-control/';
export const CONTROL_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<link rel="icon" href="data:,"><title>Control</title><meta name="description" content="A bare page: what this machine scores for nothing."></head>' +
  '<body><main><h1>Control</h1><p>A bare page, for comparison.</p></main></body></html>\n';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function chromePath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const { existsSync } = await import('node:fs');
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return (await import('@sparticuz/chromium')).default.executablePath();
}

/** A category's score, 0-100. */
function score(lhr: LhrLike, id: string): number | null {
  const category = lhr.categories[id];
  return category?.score == null ? null : Math.round(category.score * 100);
}
type LhrLike = RunnerResult['lhr'];

/** Audits each of `paths` `times` times (odd, so that there is a median run). */
export async function runLighthouse(origin: string, paths: string[], times = 3, timeoutMs = 120_000): Promise<LighthouseRun[]> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: await chromePath(),
    headless: true,
    args: [
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const runs: LighthouseRun[] = [];
  try {
    for (const path of paths) {
      const results: LhrLike[] = [];
      for (let run = 0; run < times; run++) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const result = await Promise.race([
          lighthouse(origin + path, { port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`Lighthouse timed out on ${path}`)), timeoutMs);
          }),
        ]).finally(() => clearTimeout(timer));
        if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${path}`);
        results.push(result.lhr);
      }
      const lhr = computeMedianRun(results) as LhrLike;
      const scores: LighthouseRun['scores'] = {};
      const failing: LighthouseRun['failing'] = {};
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        scores[id] = score(lhr, id);
        failing[id] = (category?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 || id !== 'performance')
          .map((ref) => lhr.audits[ref.id]!)
          .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
          .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score, displayValue: audit.displayValue, items: itemsOf(audit.details) }));
      }
      const num = (id: string) => lhr.audits[id]?.numericValue;
      const diagnostics: LighthouseRun['diagnostics'] = {};
      for (const id of DIAGNOSTICS) {
        const audit = lhr.audits[id];
        if (audit) diagnostics[id] = { displayValue: audit.displayValue, items: itemsOf(audit.details) };
      }
      runs.push({
        path,
        scores,
        failing,
        metrics: {
          fcpMs: num('first-contentful-paint'),
          lcpMs: num('largest-contentful-paint'),
          tbtMs: num('total-blocking-time'),
          cls: num('cumulative-layout-shift'),
          speedIndexMs: num('speed-index'),
        },
        diagnostics,
        performanceRuns: results.map((result) => score(result, 'performance')),
        benchmarkIndex: lhr.environment?.benchmarkIndex,
      });
    }
  } finally {
    await browser.close();
  }
  return runs;
}
