// Sandboxed preloads must be CommonJS and self-contained: they may require only 'electron'.
import electron = require('electron');

const { contextBridge, ipcRenderer } = electron;

// Keep in step with IPC_CHANNEL in shared/contract/rpc.ts (a test checks they are equal).
const IPC_CHANNEL = 'review-desk:invoke';

/** The only thing the page can reach: one call into the router, by method name. */
const bridge = {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, method, input),
} satisfies { invoke(method: string, input: unknown): Promise<unknown> };

contextBridge.exposeInMainWorld('reviewDesk', bridge);
