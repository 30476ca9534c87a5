/**
 * A real Chromium for the browser tests, never downloaded by a test: CHROME_PATH if
 * set, else Debian's /usr/bin/chromium, else the browser shipped inside the npm
 * package @sparticuz/chromium.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium to run: the tests launch it through Playwright, the bench's Lighthouse through chrome-launcher. */
export async function executablePath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}

// The machine has no network but the package registries: keep Chromium from trying.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** `env` replaces the browser's environment (by default it inherits this process's). */
export async function launchBrowser(options: { env?: Record<string, string | undefined> } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: await executablePath(), args: ARGS, headless: true, env: options.env });
}
