/**
 * What a first visit to each page type fetches, in Chromium with a cold cache (a new
 * browser context per page): requests and bytes per kind, raw and gzip, until the
 * page has loaded and the network has been quiet for a moment. No interaction: the
 * site loads its JavaScript on the reader's first interaction, so it is not counted.
 */
import type { Browser } from 'playwright-core';
import { coldPage, recordResponses, settle } from './browser.ts';
import { weigh, type Weight } from './page-weight.ts';

export interface PageType {
  type: string;
  path: string;
}

/** The page types the bench weighs, for a locale prefix ('' for Chinese, '/en' for English). */
export function pageTypes(prefix: string, model = 'resnet', branch = 'classic-cnn'): PageType[] {
  return [
    { type: 'home', path: `${prefix}/` },
    { type: 'branch', path: `${prefix}/branches/${branch}/` },
    { type: 'model', path: `${prefix}/models/${model}/` },
    { type: 'tree', path: `${prefix}/tree/` },
    { type: 'index', path: `${prefix}/models/` },
    { type: 'search', path: `${prefix}/search/` },
  ];
}

export interface VisitResult extends PageType {
  status: number;
  weight: Weight;
  urls: string[];
}

export async function firstVisit(browser: Browser, origin: string, target: PageType): Promise<VisitResult> {
  const { context, page } = await coldPage(browser);
  try {
    const recorder = recordResponses(page);
    const response = await page.goto(origin + target.path, { waitUntil: 'load', timeout: 30_000 });
    await settle(recorder);
    const fetched = await recorder.take();
    return {
      ...target,
      status: response?.status() ?? 0,
      weight: weigh(fetched),
      urls: fetched.map((f) => f.url.replace(origin, '')),
    };
  } finally {
    await context.close();
  }
}
