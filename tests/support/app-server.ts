import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { Role } from '../../shared/domain/account.js';
import { createSession } from '../../main/core/accounts/sessions.js';
import { openCore, type Core } from '../../main/core/core.js';
import { rendererBuildDir } from '../../main/core/paths.js';
import { cookieName, startServer, type RunningServer } from '../../main/server/http-server.js';
import { ensureAccount } from './accounts.js';
import { makeTempDir } from './temp-dir.js';

export interface TestApp {
  core: Core;
  server: RunningServer;
  dataDir: string;
  /** Gives the browser context the session cookie of `login` (account created on first use). */
  signIn(context: BrowserContext, login?: string, roles?: Role[]): Promise<void>;
  /** A new page in its own context, signed in as `login` (default: the e2e staff account). */
  newPage(browser: Browser, options?: BrowserContextOptions, login?: string, roles?: Role[]): Promise<Page>;
  stop(): Promise<void>;
}

/** The account e2e pages sign in as unless a test names another: 司法所 staff with every staff role. */
export const E2E_LOGIN = 'e2e';

/**
 * The real server on a free loopback port over a temp data folder, serving the built renderer — or,
 * when REVIEW_DESK_RENDERER_DIR names a private renderer build, that one, so a rebuild of build/renderer
 * by someone else cannot pull it away mid-test. `account: false` leaves the archive without any
 * account (the first-run set-up).
 */
export async function startTestApp(dataDir?: string, options: { account?: boolean } = {}): Promise<TestApp> {
  const staticDir = process.env.REVIEW_DESK_RENDERER_DIR ?? rendererBuildDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error('renderer not built: run `npm run build` before the e2e tests (npm test does it)');
  }
  const temp = dataDir ? null : makeTempDir();
  const dir = dataDir ?? temp!.dir;
  const core = await openCore(dir);
  if (options.account ?? true) await ensureAccount(core, E2E_LOGIN);
  const server = await startServer({ core, staticDir, port: 0 });
  const signIn = async (context: BrowserContext, login = E2E_LOGIN, roles?: Role[]) => {
    const account = await ensureAccount(core, login, roles);
    const token = createSession(core.db, account.id, 'http', '127.0.0.1');
    await context.addCookies([{ name: cookieName(server.port), value: token, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
  };
  return {
    core,
    server,
    dataDir: dir,
    signIn,
    newPage: async (browser, options = {}, login, roles) => {
      const context = await browser.newContext(options);
      await signIn(context, login, roles);
      return context.newPage();
    },
    stop: async () => {
      await server.close();
      core.close();
      temp?.remove();
    },
  };
}
