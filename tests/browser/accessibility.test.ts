// axe-core in real Chromium on every page type, both languages, light and dark, and
// with the search dialog open: zero violations of WCAG 2.2 A/AA and best practice.
// At phone width: accessibility-phone.test.ts.
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-browser';
import { violations } from '../support/axe';

const site = useSite();

const PAGES = ['/', '/models/', '/models/resnet/', '/models/lenet-5/', '/branches/', '/branches/classic-cnn/', '/branches/lightweight/', '/branches/detection/', '/branches/segmentation/', '/models/yolo/', '/tree/', '/search/?q=', '/datasets/', '/datasets/imagenet/', '/authors/', '/about/', '/no-such-page/'];
const QUERY = { '': encodeURIComponent('卷积'), '/en': 'convolution' } as const;

describe('accessibility (axe)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const prefix of ['', '/en']) {
      it(`has no violations on every page type (${prefix || 'zh'}, ${scheme})`, async () => {
        const { page, context } = await site.page({ bypassCSP: true });
        await page.emulateMedia({ colorScheme: scheme });
        const found: string[] = [];
        for (const path of PAGES) {
          await page.goto(site.url(prefix + path + (path.endsWith('?q=') ? QUERY[prefix as keyof typeof QUERY] : '')));
          if (path.startsWith('/search/')) await page.locator('.search-results a').first().waitFor({ timeout: 15_000 });
          found.push(...(await violations(page)).map((v) => `${prefix}${path}: ${v}`));
        }
        await context.close();
        expect(found).toEqual([]);
      });
    }
  }

  it('has no violations with the search dialog open and showing results', async () => {
    for (const prefix of ['', '/en']) {
      const { page, context } = await site.page({ bypassCSP: true });
      await page.goto(site.url(`${prefix}/models/`));
      await page.locator('a.search-button').click();
      const input = page.locator('dialog.search-dialog input[type="search"]');
      await input.fill(prefix ? 'residual' : '残差');
      await page.locator('dialog.search-dialog .search-results a').first().waitFor({ timeout: 15_000 });
      expect(await violations(page)).toEqual([]);
      await context.close();
    }
  });
});
