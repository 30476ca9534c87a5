/**
 * The bench audits the site's Chinese pages only where Chinese can be drawn
 * (scripts/bench/chinese-font.ts): its check must tell a CJK font from empty boxes.
 * The browser tests themselves run where a reader's device draws Chinese: .ci/run
 * installs a CJK font beside Chromium. And a Chinese page draws a line of mixed Chinese
 * and Latin in one face (global.css).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { chineseFont } from '../../scripts/bench/chinese-font';
import { serveDist, type RunningServer } from '../../scripts/lib/serve-dist';
import { launchBrowser } from '../support/browser';

let server: RunningServer;
beforeAll(async () => {
  server = await serveDist('dist');
});
afterAll(() => server?.close());

test('this machine draws the Chinese pages in a CJK font, as a reader\'s device does', async () => {
  const browser = await launchBrowser();
  try {
    const font = await chineseFont(browser, `${server.url}/`);
    expect(font.drawn, 'no CJK font: install one (Debian: fonts-noto-cjk), as .ci/run does').toBe(true);
    expect(font.family).toBeTruthy();
  } finally {
    await browser.close();
  }
});

test('without a CJK font, the check reports empty boxes and no family', async () => {
  // A fontconfig that hides every font file with Chinese in it from the browser.
  const files = execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.replace(/:\s*$/, '').trim())
    .filter(Boolean);
  expect(files.length).toBeGreaterThan(0);
  const dir = mkdtempSync(join(tmpdir(), 'no-cjk-'));
  const escape = (path: string) => path.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(
    join(dir, 'fonts.conf'),
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n' +
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' +
      `  <selectfont><rejectfont>${files.map((file) => `<glob>${escape(file)}</glob>`).join('')}</rejectfont></selectfont>\n` +
      '</fontconfig>\n',
  );
  const browser = await launchBrowser({ env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') } });
  try {
    expect(await chineseFont(browser, `${server.url}/`)).toEqual({ family: null, drawn: false });
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The installed fonts Chromium drew `selector`'s text in, as it reports them. */
async function fontsOf(browser: Browser, url: string, selector: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await page.close();
  }
}

test('a Chinese page draws Latin letters in its Chinese face; an English page in the system face', async () => {
  const browser = await launchBrowser();
  try {
    // The branch summary mixes the two: "图像分类的主干网络：从 LeNet-5 到 NASNet，…".
    const zh = await fontsOf(browser, `${server.url}/branches/classic-cnn/`, 'p.summary');
    const en = await fontsOf(browser, `${server.url}/en/branches/classic-cnn/`, 'p.summary');
    const chinese = (await chineseFont(browser, `${server.url}/`)).family;
    expect(zh).toEqual([chinese]);
    expect(en).not.toContain(chinese);
  } finally {
    await browser.close();
  }
});
