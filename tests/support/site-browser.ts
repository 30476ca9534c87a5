/** One static server over dist/ and one Chromium for a browser test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveDist, type RunningServer } from '../../scripts/lib/serve-dist';

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
    /** A fresh context (own storage), optionally at phone size. */
    async page(options: { phone?: boolean } = {}): Promise<{ page: Page; context: BrowserContext }> {
      const context = await state.browser.newContext(
        options.phone ? { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 } },
      );
      const page = await context.newPage();
      return { page, context };
    },
  };
}
