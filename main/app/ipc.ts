import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, type RpcResult } from '../../shared/contract/rpc.js';
import { dispatch } from '../api/router.js';
import type { Core } from '../core/core.js';
import { isTrustedSender } from './guards.js';

/** Serves the one IPC entry: every call goes through the router, after the sender check. */
export function handleInvoke(
  core: Core,
  actor: string,
  frameUrl: string | undefined,
  method: unknown,
  input: unknown,
): Promise<RpcResult<unknown>> {
  if (!isTrustedSender(frameUrl)) {
    return Promise.resolve({ ok: false, error: { code: 'ipc.untrusted', message: '拒绝来自未知页面的请求。' } });
  }
  if (typeof method !== 'string') {
    return Promise.resolve({ ok: false, error: { code: 'method.unknown', message: '未知的操作。' } });
  }
  return dispatch(method, input, { core, actor, door: 'electron' });
}

export function setupIpc(ipcMain: IpcMain, core: Core, actor: string): void {
  ipcMain.handle(IPC_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) =>
    handleInvoke(core, actor, event.senderFrame?.url, method, input),
  );
}
