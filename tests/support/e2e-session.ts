import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../shared/domain/account.js';
import { startTestApp, type TestApp } from './app-server.js';
import { launchChromium } from './browser.js';

/** What a browser test file shares: one app (server + core on a temp archive) and one Chromium. */
export interface E2eSession {
  readonly app: TestApp;
  readonly browser: Browser;
  /** Page errors and console errors of every page opened through `pageAs`, for a final `expect(errors).toEqual([])`. */
  readonly errors: string[];
  /**
   * A new page in its own context, signed in as `login` (default: the e2e staff account; created with
   * `roles` on first use), Chinese UI, errors collected. Defaults: 1600×1000, downloads accepted.
   */
  pageAs(login?: string, options?: BrowserContextOptions & { roles?: Role[] }): Promise<Page>;
  /** The server's URL of an app route, e.g. url('#/ledger'). */
  url(hash: string): string;
}

/**
 * The set-up every e2e file repeated (issue 20): registers beforeAll/afterAll that start the app and
 * the browser once per file and stop both; `seed` runs against the core before the browser starts, so
 * tests seed through the core rather than by clicking. Use the returned object inside tests only.
 */
export function useE2eSession(seed?: (app: TestApp) => Promise<void>): E2eSession {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    if (seed) await seed(app);
    ({ browser, close: closeBrowser } = await launchChromium());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await app?.stop();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use the session inside tests`);
    return value;
  };
  return {
    get app() {
      return need(app, 'app');
    },
    get browser() {
      return need(browser, 'browser');
    },
    errors,
    async pageAs(login, options = {}) {
      const { roles, ...contextOptions } = options;
      const page = await need(app, 'app').newPage(
        need(browser, 'browser'),
        { locale: 'zh-CN', viewport: { width: 1600, height: 1000 }, acceptDownloads: true, ...contextOptions },
        login,
        roles,
      );
      page.setDefaultTimeout(30_000);
      const who = login ?? 'e2e';
      page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`${who}: ${m.text()}`));
      return page;
    },
    url(hash) {
      return `${need(app, 'app').server.url}${hash}`;
    },
  };
}
