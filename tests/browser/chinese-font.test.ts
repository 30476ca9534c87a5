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
import { expect, test } from 'vitest';
import { chineseFont } from '../../scripts/bench/chinese-font';
import { platformFonts } from '../../scripts/bench/platform-fonts';
import { escapeXml } from '../../src/lib/escape';
import { launchBrowser } from '../support/browser';
import { useSite } from '../support/site-browser';

const site = useSite();

test('this machine draws the Chinese pages in a CJK font, as a reader\'s device does', async () => {
  const font = await chineseFont(site.browser, site.url('/'));
  expect(font.drawn, 'no CJK font: install one (Debian: fonts-noto-cjk), as .ci/run does').toBe(true);
  expect(font.family).toBeTruthy();
});

test('without a CJK font, the check reports empty boxes and no family', async () => {
  // A fontconfig that hides every font file with Chinese in it from the browser.
  const files = execFileSync('fc-list', [':lang=zh', 'file'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.replace(/:\s*$/, '').trim())
    .filter(Boolean);
  expect(files.length).toBeGreaterThan(0);
  const dir = mkdtempSync(join(tmpdir(), 'no-cjk-'));
  writeFileSync(
    join(dir, 'fonts.conf'),
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n' +
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' +
      `  <selectfont><rejectfont>${files.map((file) => `<glob>${escapeXml(file)}</glob>`).join('')}</rejectfont></selectfont>\n` +
      '</fontconfig>\n',
  );
  const browser = await launchBrowser({ env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') } });
  try {
    expect(await chineseFont(browser, site.url('/'))).toEqual({ family: null, drawn: false });
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a Chinese page draws Latin letters in its Chinese face; an English page in the system face', async () => {
  const { page, context } = await site.page();
  // The branch summary mixes the two: "图像分类的主干网络：从 LeNet-5 到 NASNet，…".
  await page.goto(site.url('/branches/classic-cnn/'));
  const zh = await platformFonts(page, 'p.summary');
  await page.goto(site.url('/en/branches/classic-cnn/'));
  const en = await platformFonts(page, 'p.summary');
  await context.close();
  const chinese = (await chineseFont(site.browser, site.url('/'))).family;
  expect(zh).toEqual([chinese]);
  expect(en).not.toContain(chinese);
});
