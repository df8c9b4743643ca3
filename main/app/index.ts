import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { userInfo } from 'node:os';
import { openCore, type Core } from '../core/core.js';
import { isAppError } from '../core/errors.js';
import { defaultDataDir, rendererBuildDir } from '../core/paths.js';
import { setupIpc } from './ipc.js';
import { createMainWindow } from './main-window.js';
import { setupMenu } from './menu.js';
import { APP_SCHEME_PRIVILEGES, setupAppProtocol } from './protocol.js';
import { setupSecurity } from './security.js';
import { startBackupScheduler } from '../core/backup/backup-scheduler.js';

// The desktop app, the server and the CLI share one data folder by default.
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let core: Core | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
  app
    .whenReady()
    .then(async () => {
      // `npm start` passes an Electron-ABI build of better-sqlite3 so Node's build stays for the tests.
      core = await openCore(dataDir, { nativeBinding: process.env.REVIEW_DESK_NATIVE_BINDING || undefined });
      setupSecurity(app, session.defaultSession, (url) => shell.openExternal(url));
      setupAppProtocol(protocol, rendererBuildDir());
      setupIpc(ipcMain, core, userInfo().username);
      setupMenu();
      startBackupScheduler(core);
      createMainWindow();
    })
    .catch((e: unknown) => {
      dialog.showErrorBox('合法性审查工作台无法启动', isAppError(e) ? e.message : String(e));
      app.exit(1);
    });
}
