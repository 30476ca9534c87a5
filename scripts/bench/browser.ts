/**
 * One Chromium for the bench, launched as the browser tests launch it
 * (tests/support/browser.ts: CHROME_PATH, /usr/bin/chromium or @sparticuz/chromium;
 * never a download), and a recorder of every response a page receives.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { kindOf, type Fetched } from './page-weight.ts';

export { launchBrowser };

/** A new context: empty cache, no cookies or storage (a first visit). Phone-sized like Lighthouse's mobile preset. */
export async function coldPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  return { context, page };
}

/** Records the responses of a page from now on; `take()` returns them once their bodies are read. */
export function recordResponses(page: Page): { take(): Promise<Fetched[]>; count(): number } {
  const pending: Promise<Fetched | undefined>[] = [];
  const onResponse = (response: Response) => {
    const request = response.request();
    pending.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          kind: kindOf(response.url(), request.resourceType(), response.headers()['content-type']),
          status: response.status(),
          body,
        }))
        .catch(() => undefined), // redirects and aborted requests have no body
    );
  };
  page.on('response', onResponse);
  return {
    count: () => pending.length,
    async take() {
      page.off('response', onResponse);
      return (await Promise.all(pending)).filter((f): f is Fetched => Boolean(f) && !f!.url.startsWith('data:'));
    },
  };
}

/** Waits until no new response arrived for `quietMs` (bounded by `maxMs`). */
export async function settle(recorder: { count(): number }, quietMs = 700, maxMs = 15_000): Promise<void> {
  const start = Date.now();
  let last = recorder.count();
  let lastChange = Date.now();
  while (Date.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 100));
    const now = recorder.count();
    if (now !== last) {
      last = now;
      lastChange = Date.now();
    } else if (Date.now() - lastChange >= quietMs) return;
  }
}
