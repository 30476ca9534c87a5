/** One static server over dist/ and one Chromium for a browser test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveDist, type RunningServer } from '../../scripts/lib/serve-dist';
import { htmlPages } from './dist';

/**
 * The pages a test visits one by one grow with the content (every article page: about
 * 392 at 128 models), so such a test is allowed a minute plus `perPage` ms a page instead
 * of a fixed time that the next branch would overrun.
 */
export function timeoutForPages(pages: number, perPage = 1_000): number {
  return 60_000 + pages * perPage;
}

/** Every page built with the article layout (models, branches, data sets), by URL. */
export function articlePaths(): string[] {
  return htmlPages().filter((p) => p.html.includes('<article class="prose')).map((p) => p.url);
}

export function useSite() {
  const state = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    state.server = await serveDist('dist');
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    url: (path: string) => `${state.server.url}${path}`,
    /** The shared Chromium, for helpers that open their own contexts. */
    get browser(): Browser {
      return state.browser;
    },
    /** A fresh context (own storage), optionally at phone size. */
    /** `bypassCSP` only for injecting test tools (axe); CSP itself is tested without it. */
    /** `viewport` for another window size than a phone's or the 1280 × 900 default. */
    async page(options: { phone?: boolean; bypassCSP?: boolean; viewport?: { width: number; height: number } } = {}): Promise<{ page: Page; context: BrowserContext }> {
      const size = options.phone
        ? { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
        : { viewport: options.viewport ?? { width: 1280, height: 900 } };
      const context = await state.browser.newContext({ ...size, bypassCSP: options.bypassCSP ?? false });
      const page = await context.newPage();
      return { page, context };
    },
  };
}
