// The model index's sort and filters (loaded on first use), keyboard access to search,
// and the site working under its Content-Security-Policy with no violation reported.
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-browser';

const site = useSite();

describe('model index', () => {
  it('is complete without JavaScript, and sorts and filters with it', async () => {
    const { page, context } = await site.page();
    await page.goto(site.url('/en/models/'));
    const rows = page.locator('#model-index tbody tr');
    const total = await rows.count();
    expect(total).toBeGreaterThanOrEqual(27);

    const years = async () => (await page.locator('#model-index tbody tr:not([hidden]) td:nth-child(3)').allInnerTexts()).map(Number);
    await page.locator('#model-index th button', { hasText: 'Year' }).click();
    await page.waitForFunction(() => document.querySelector('#model-index th[aria-sort]') !== null);
    const ascending = await years();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.locator('#model-index th button', { hasText: 'Year' }).click();
    const descending = await years();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));

    await page.selectOption('select[name="branch"]', 'lightweight');
    await page.waitForFunction(() => [...document.querySelectorAll('#model-index tbody tr')].some((r) => (r as HTMLElement).hidden));
    const visible = await page.locator('#model-index tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-branch')));
    expect(visible.length).toBeGreaterThan(5);
    expect(new Set(visible)).toEqual(new Set(['lightweight']));
    expect(await page.locator('output[data-count]').innerText()).toContain(`${visible.length} of ${total}`);
    await context.close();
  });
});

describe('keyboard', () => {
  it('opens search with Ctrl+K, reaches a result with the arrow keys and follows it with Enter', async () => {
    const { page, context } = await site.page();
    await page.goto(site.url('/en/'));
    await page.keyboard.press('Control+k');
    const input = page.locator('dialog.search-dialog input[type="search"]');
    await input.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('residual');
    await page.locator('dialog.search-dialog .search-results a').first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    await page.keyboard.press('Escape');
    await context.close();
  });
});

describe('Content-Security-Policy', () => {
  it('reports no violation while reading, switching theme and searching in both languages', async () => {
    const { page, context } = await site.page();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    for (const path of ['/', '/models/resnet/', '/branches/classic-cnn/', '/tree/', '/en/models/', '/en/search/?q=dense']) {
      await page.goto(site.url(path));
      await page.waitForLoadState('networkidle');
    }
    await page.locator('[data-search-page] .search-results a').first().waitFor({ timeout: 15_000 });
    await page.goto(site.url('/models/lenet-5/'));
    await page.locator('.tools button[data-action="theme"]').click();
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog input').fill('卷积');
    await page.locator('dialog.search-dialog .search-results a').first().waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(violations).toEqual([]);
    await context.close();
  });
});
