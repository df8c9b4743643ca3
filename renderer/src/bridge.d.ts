import type { RpcResult } from '../../shared/contract/rpc';

/** What the Electron preload exposes; absent in browser mode. */
export interface ReviewDeskBridge {
  invoke(method: string, input: unknown): Promise<RpcResult<unknown>>;
}

declare global {
  interface Window {
    reviewDesk?: ReviewDeskBridge;
  }
}
