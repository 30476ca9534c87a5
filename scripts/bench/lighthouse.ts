/**
 * Lighthouse (its default config: the mobile preset, simulated throttling) against the
 * local Chromium: one browser launched as the tests launch it, with a DevTools port on
 * 127.0.0.1 that Lighthouse drives. Scores are 0-100; each run lists the audits that
 * kept a category below 100.
 */
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';

export interface LighthouseRun {
  path: string;
  scores: Record<string, number | null>;
  /** Audits that weighed in a category's score and did not pass, per category. */
  failing: Record<string, FailingAudit[]>;
  metrics: Record<string, number | undefined>;
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

export async function runLighthouse(origin: string, paths: string[], timeoutMs = 120_000): Promise<LighthouseRun[]> {
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
      let timer: ReturnType<typeof setTimeout> | undefined;
      const result = await Promise.race([
        lighthouse(origin + path, { port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`Lighthouse timed out on ${path}`)), timeoutMs);
        }),
      ]).finally(() => clearTimeout(timer));
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no result for ${path}`);
      const scores: LighthouseRun['scores'] = {};
      const failing: LighthouseRun['failing'] = {};
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        scores[id] = category?.score == null ? null : Math.round(category.score * 100);
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
      });
    }
  } finally {
    await browser.close();
  }
  return runs;
}
