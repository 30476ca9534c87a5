/**
 * Which installed font the bench's Chromium draws the site's Chinese text in.
 *
 * Why: the pages Lighthouse audits are Chinese (the site's default locale), and a
 * machine without a CJK font (a bare Debian with Chromium has only DejaVu and Liberation)
 * draws every Chinese character as an empty box. No reader sees that page, and it costs
 * the browser other work: on the branch page, layout at load took a median 126 ms with
 * boxes and 111 ms with Noto Sans CJK (11 cold loads each, 412 px, December 2026).
 * So the bench measures Chinese pages only where Chinese can be drawn.
 */
import type { Browser } from 'playwright-core';
import { platformFonts } from './platform-fonts.ts';

/** Two different characters: drawn alike only when both are the same "no glyph" box. */
const PROBE = ['经', '典'];

export interface ChineseFont {
  /** The font family Chromium used for the probe characters (as it reports it), or null when none has them. */
  family: string | null;
  /** Whether the probe characters came out as different shapes; false means empty boxes (no CJK font). */
  drawn: boolean;
}

/** Opens `pageUrl` (a Chinese page of the site) and reports the font its body text uses for Chinese. */
export async function chineseFont(browser: Browser, pageUrl: string): Promise<ChineseFont> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    // Both probes use the body's own font, so the check follows the site's font stack.
    const drawn = await page.evaluate((chars) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 64;
      const context2d = canvas.getContext('2d')!;
      const font = getComputedStyle(document.body).fontFamily;
      const pixels = chars.map((char) => {
        context2d.clearRect(0, 0, 64, 64);
        context2d.font = `48px ${font}`;
        context2d.fillText(char, 4, 52);
        return Array.from(context2d.getImageData(0, 0, 64, 64).data).join();
      });
      const probe = document.createElement('span');
      probe.id = 'bench-chinese-font-probe';
      probe.textContent = chars.join('');
      document.body.append(probe);
      // Lay the probe out now: DevTools reports a node's fonts only once it has been laid
      // out, and on a busy machine no frame may have run before it is asked (it then
      // reported no font at all, in one bench and one CI run).
      probe.getBoundingClientRect();
      return pixels[0] !== pixels[1];
    }, PROBE);
    const [family] = await platformFonts(page, '#bench-chinese-font-probe');
    return { family: drawn ? (family ?? null) : null, drawn };
  } finally {
    await context.close();
  }
}

/** What to tell whoever runs the bench on a machine without a CJK font. */
export const NO_CHINESE_FONT =
  'this machine has no font with Chinese characters, so the Chinese pages would be audited as rows of empty boxes, ' +
  'which no reader sees. Install one (Debian: apt-get install fonts-noto-cjk) and run the bench again.';
