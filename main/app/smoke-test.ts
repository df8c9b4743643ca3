// `review-desk --smoke-test` (or `electron . --smoke-test`): for whoever builds the installers on a
// machine with the Electron binary. In a temporary folder it opens the core, imports a DOCX through the
// extraction worker, loads the window, calls one method through the preload bridge, and exits 0 or 1.
import { ipcMain, protocol, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { openCore, type Core } from '../core/core.js';
import { rendererBuildDir } from '../core/paths.js';
import { setupIpc } from './ipc.js';
import { createAccount } from '../core/accounts/account-service.js';
import { updateSecuritySettings } from '../core/accounts/security-settings.js';
import type { Log } from './log-file.js';
import { createMainWindow } from './main-window.js';
import { setupAppProtocol } from './protocol.js';
import { runCoreSmoke } from './smoke-core.js';

/** Nothing in the smoke test may take longer than this; a hang is a failure, not a wait. */
const SMOKE_DEADLINE_MS = 120_000;

async function bridgeCall(window: BrowserWindow): Promise<unknown> {
  await new Promise<void>((resolve, reject) => {
    window.webContents.once('did-finish-load', () => resolve());
    window.webContents.once('did-fail-load', (_e, code, description) => reject(new Error(`page failed to load: ${description} (${code})`)));
  });
  // The page's own bridge, exactly as the renderer calls it.
  return window.webContents.executeJavaScript("window.reviewDesk.invoke('system.info', {})", true);
}

export async function runSmokeTest(dataDir: string, nativeBinding: string | undefined, log: Log): Promise<number> {
  const deadline = setTimeout(() => {
    log.error(`smoke test: no result after ${SMOKE_DEADLINE_MS} ms`);
    process.exit(1);
  }, SMOKE_DEADLINE_MS);
  let core: Core | null = null;
  try {
    const report = await runCoreSmoke(join(dataDir, 'core'), nativeBinding);
    log.info(`smoke test: core ok — schema ${report.schemaVersion}, document #${report.documentId} imported through the worker, ${report.searchHits} search hit(s)`);
    core = await openCore(join(dataDir, 'window'), { nativeBinding });
    setupAppProtocol(protocol, rendererBuildDir());
    // A throw-away single-user account, so the window is signed in the way a one-person office's is.
    const account = await createAccount(core.db, 'system', { login: 'smoke', displayName: '自检', roles: ['reviewer'], unit: null, password: `Smoke-${Date.now()}` });
    updateSecuritySettings(core.db, 'system', { singleUserId: account.id });
    setupIpc(ipcMain, core);
    const window = createMainWindow(log, { watch: false });
    const reply = (await bridgeCall(window)) as { ok?: boolean; value?: { door?: string; schemaVersion?: number } };
    if (reply?.ok !== true || reply.value?.door !== 'electron') throw new Error(`bridge call system.info returned ${JSON.stringify(reply)}`);
    log.info(`smoke test: window ok — system.info through the bridge: schema ${reply.value.schemaVersion}`);
    log.info('smoke test passed');
    return 0;
  } catch (e) {
    log.error('smoke test failed', e);
    return 1;
  } finally {
    clearTimeout(deadline);
    core?.close();
  }
}
