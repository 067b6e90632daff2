// Shared set-up of the browser tests: one chromium, static servers for build folders, pages that
// record console errors, page errors and requests leaving their origin, and the page's test mirror.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../src/paths';
import { launchChromium } from './chromium';
import { type RunningServer, serveViewer } from './server';
import type { KgPageState } from './web/page-state';

export const TEST_OUTPUT = join(PROJECT_ROOT, 'test-output');

export interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions, and requests that left the page's own origin. */
  problems: string[];
}

export type Mirror = Omit<KgPageState, 'nodePosition' | 'drawn'>;

export class BrowserKit {
  private browser: Browser | null = null;
  private readonly servers: RunningServer[] = [];

  constructor(private readonly bundleDir: string) {}

  async start(): Promise<void> {
    this.browser = await launchChromium();
  }

  async serve(dir: string): Promise<RunningServer> {
    const s = await serveViewer({ dir, bundleDir: this.bundleDir, port: 0 });
    this.servers.push(s);
    return s;
  }

  async open(url: string, opts: { acceptDownloads?: boolean; timeout?: number } = {}): Promise<Opened> {
    if (this.browser === null) throw new Error('kg/test: BrowserKit.start() was not called');
    const page = await this.browser.newPage({
      viewport: { width: 1400, height: 860 },
      acceptDownloads: opts.acceptDownloads ?? true,
    });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    const origin = new URL(url).origin;
    page.on('request', (r) => {
      const u = r.url();
      if (
        !(u.startsWith(origin) || u.startsWith('file:') || u.startsWith('blob:') || u.startsWith('data:'))
      ) {
        problems.push(`offline page fetched ${u}`);
      }
    });
    await page.goto(url);
    await page.waitForFunction(
      () => window.__kg?.ready === true || typeof window.__kg?.error === 'string',
      null,
      {
        timeout: opts.timeout ?? 30_000,
      },
    );
    return { page, problems };
  }

  async close(): Promise<void> {
    await this.browser?.close();
    for (const s of this.servers) await s.close();
  }
}

export function kg(page: Page): Promise<Mirror> {
  return page.evaluate(() => {
    const { nodePosition: _p, drawn: _d, ...rest } = window.__kg as KgPageState;
    return rest;
  });
}

export function drawn(page: Page): Promise<{ nodes: string[]; edges: string[]; labels: string[] }> {
  return page.evaluate(() => (window.__kg as KgPageState).drawn());
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  await page.screenshot({ path: join(TEST_OUTPUT, name) });
}

export async function searchAndPick(page: Page, query: string, label: string): Promise<void> {
  await page.fill('#search-input', query);
  const first = page.locator('#search-results [role=option]').first();
  await first.locator('.name', { hasText: label }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}
