import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../shared/domain/account.js';
import { startTestApp, type TestApp } from './app-server.js';
import { launchChromium } from './browser.js';
import { makeTempDir } from './temp-dir.js';

/** How a page of the session is opened: a browser context's options, plus the account's roles on first use. */
export type PageOptions = BrowserContextOptions & { roles?: Role[]; timeout?: number };

/** What a browser test file shares: one app (server + core on a temp archive) and one Chromium. */
export interface E2eSession {
  readonly app: TestApp;
  readonly browser: Browser;
  /** Page errors and console errors of every page opened through the session, for a final `expect(errors).toEqual([])`. */
  readonly errors: string[];
  /**
   * A new page in its own context, signed in as `login` (default: the e2e staff account; created with
   * `roles` on first use), Chinese UI, errors collected. Defaults: 1600×1000, downloads accepted, 30 s
   * for each wait (`timeout` changes it).
   */
  pageAs(login?: string, options?: PageOptions): Promise<Page>;
  /** A new page in its own context with no one signed in (first-run set-up, the sign-in page). */
  anonymousPage(options?: PageOptions): Promise<Page>;
  /** The errors of one page only (a test that expects a refusal on another page still checks this one). */
  errorsOf(page: Page): string[];
  /** The server's URL of an app route, e.g. url('#/ledger'). */
  url(hash?: string): string;
  /** A temp folder for this file (USB stick, downloads, a second office), removed after the file. */
  tempDir(prefix?: string): string;
  /** Something to close after the file, before the app stops (a second core, an office). */
  onStop(stop: () => unknown): void;
}

export interface E2eSessionOptions {
  /** Runs against the core before the browser starts, so tests seed through the core rather than by clicking. */
  seed?: (app: TestApp) => unknown;
  /** false: the archive starts with no account at all (the first-run set-up); default true. */
  account?: boolean;
  /** Defaults for every page of the file (each pageAs call may still override them). */
  page?: PageOptions;
  /**
   * false: collect uncaught page errors only, not console errors — for a file whose pages meet refusals
   * on purpose (a 401 once a session ends shows in the console as a failed resource).
   */
  consoleErrors?: boolean;
}

/**
 * The set-up every e2e file repeated (issue 20): registers beforeAll/afterAll that start the app and
 * the browser once per file and stop both; `seed` runs against the core before the browser starts.
 * Use the returned object inside tests and hooks only.
 */
export function useE2eSession(seedOrOptions?: E2eSessionOptions['seed'] | E2eSessionOptions): E2eSession {
  const options: E2eSessionOptions = typeof seedOrOptions === 'function' ? { seed: seedOrOptions } : (seedOrOptions ?? {});
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  const errors: string[] = [];
  const errorsByPage = new WeakMap<Page, string[]>();
  const stops: (() => unknown)[] = [];
  beforeAll(async () => {
    app = await startTestApp(undefined, { account: options.account ?? true });
    if (options.seed) await options.seed(app);
    ({ browser, close: closeBrowser } = await launchChromium());
  });
  afterAll(async () => {
    await closeBrowser?.();
    for (const stop of stops.reverse()) await stop();
    await app?.stop();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use the session inside tests`);
    return value;
  };
  /** Opens a page in a fresh context, signed in as `login` unless it is null. */
  const open = async (login: string | null, pageOptions: PageOptions = {}): Promise<Page> => {
    const { roles, timeout, ...contextOptions } = { ...options.page, ...pageOptions };
    const context = await need(browser, 'browser').newContext({
      locale: 'zh-CN',
      viewport: { width: 1600, height: 1000 },
      acceptDownloads: true,
      ...contextOptions,
    });
    if (login !== null) await need(app, 'app').signIn(context, login, roles);
    const page = await context.newPage();
    page.setDefaultTimeout(timeout ?? 30_000);
    const own: string[] = [];
    errorsByPage.set(page, own);
    const who = login ?? 'anonymous';
    const record = (message: string) => {
      own.push(message);
      errors.push(`${who}: ${message}`);
    };
    page.on('pageerror', (e) => record(e.message));
    if (options.consoleErrors ?? true) page.on('console', (m) => m.type() === 'error' && record(m.text()));
    return page;
  };
  return {
    get app() {
      return need(app, 'app');
    },
    get browser() {
      return need(browser, 'browser');
    },
    errors,
    pageAs: (login, pageOptions) => open(login ?? 'e2e', pageOptions),
    anonymousPage: (pageOptions) => open(null, pageOptions),
    errorsOf(page) {
      const own = errorsByPage.get(page);
      if (!own) throw new Error('not a page of this session');
      return own;
    },
    url(hash = '') {
      return `${need(app, 'app').server.url}${hash}`;
    },
    tempDir(prefix) {
      const temp = makeTempDir(prefix);
      stops.push(() => temp.remove());
      return temp.dir;
    },
    onStop(stop) {
      stops.push(stop);
    },
  };
}
