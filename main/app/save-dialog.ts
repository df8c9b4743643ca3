import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Log } from './log-file.js';
import { handleSaveFile, SAVE_CHANNEL, writeBytes } from './save-file.js';

/** Serves the preload's saveFile: the native save dialog, attached to the asking window. */
export function setupSaveFile(log: Log): void {
  ipcMain.handle(SAVE_CHANNEL, (event: IpcMainInvokeEvent, fileName: unknown, bytes: unknown) =>
    handleSaveFile(event.senderFrame?.url, fileName, bytes, {
      choosePath: async (defaultPath, filters) => {
        const options = { title: '保存文件', defaultPath, filters, buttonLabel: '保存' };
        const window = BrowserWindow.fromWebContents(event.sender);
        const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      write: writeBytes,
      defaultFolder: app.getPath('documents'),
      log: (message) => log.info(message),
    }),
  );
}
