/**
 * The bytes a reader's first search costs: on a cold home page, open the search
 * dialog from the header, type a query, wait for results, and add up what was fetched
 * from then on (the site's search code and Pagefind's files under /pagefind/).
 */
import type { Browser } from 'playwright-core';
import { coldPage, recordResponses, settle } from './browser.ts';
import { weigh, type Weight } from './page-weight.ts';

export interface SearchResult {
  locale: 'zh' | 'en';
  query: string;
  results: number;
  /** Everything fetched from opening search to the results. */
  all: Weight;
  /** Only the responses under /pagefind/. */
  pagefind: Weight;
  urls: string[];
}

export async function firstSearch(browser: Browser, origin: string, locale: 'zh' | 'en', query: string): Promise<SearchResult> {
  const { context, page } = await coldPage(browser);
  try {
    await page.goto(`${origin}${locale === 'en' ? '/en' : ''}/`, { waitUntil: 'load', timeout: 30_000 });
    const recorder = recordResponses(page);
    await page.locator('a.search-button').first().click({ timeout: 10_000 });
    const input = page.locator('dialog.search-dialog input[type="search"]');
    await input.waitFor({ timeout: 15_000 });
    await input.fill(query);
    const links = page.locator('dialog.search-dialog .search-results a');
    await links.first().waitFor({ timeout: 20_000 });
    await settle(recorder);
    const fetched = await recorder.take();
    return {
      locale,
      query,
      results: await links.count(),
      all: weigh(fetched),
      pagefind: weigh(fetched.filter((f) => new URL(f.url).pathname.includes('/pagefind/'))),
      urls: fetched.map((f) => f.url.replace(origin, '')),
    };
  } finally {
    await context.close();
  }
}
