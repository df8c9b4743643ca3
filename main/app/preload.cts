// Sandboxed preloads must be CommonJS and self-contained: they may require only 'electron'.
import electron = require('electron');

const { contextBridge, ipcRenderer } = electron;

// Keep in step with IPC_CHANNEL in shared/contract/rpc.ts and SAVE_CHANNEL in save-file.ts (a test checks).
const IPC_CHANNEL = 'review-desk:invoke';
const SAVE_CHANNEL = 'review-desk:save-file';

/**
 * All the page can reach: one call into the router, by method name, and saving a file it made through
 * the native save dialog (resolves false when the user cancels).
 */
const bridge = {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, method, input),
  saveFile: (fileName: string, bytes: Uint8Array): Promise<boolean> => ipcRenderer.invoke(SAVE_CHANNEL, fileName, bytes),
} satisfies { invoke(method: string, input: unknown): Promise<unknown>; saveFile(fileName: string, bytes: Uint8Array): Promise<boolean> };

contextBridge.exposeInMainWorld('reviewDesk', bridge);
