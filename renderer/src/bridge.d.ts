import type { RpcResult } from '../../shared/contract/rpc';

/** What the Electron preload exposes; absent in browser mode. */
export interface ReviewDeskBridge {
  invoke(method: string, input: unknown): Promise<RpcResult<unknown>>;
  /** Saves through the native save dialog; false when the user cancelled. */
  saveFile?(fileName: string, bytes: Uint8Array): Promise<boolean>;
}

declare global {
  interface Window {
    reviewDesk?: ReviewDeskBridge;
  }
}
