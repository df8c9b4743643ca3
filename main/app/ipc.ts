import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, type RpcResult } from '../../shared/contract/rpc.js';
import { contextForSession, takeSessionToken } from '../api/context.js';
import { dispatch } from '../api/router.js';
import { findAccountById } from '../core/accounts/account-store.js';
import { readSecuritySettings } from '../core/accounts/security-settings.js';
import { createSession, endSession, tokenHash } from '../core/accounts/sessions.js';
import type { Core } from '../core/core.js';
import { isTrustedSender } from './guards.js';

/**
 * The desktop door's sessions: one per window (webContents), kept in the main process only — the page
 * never holds a token. On a computer set to "used by me only" a window starts signed in as that account.
 */
export class DesktopSessions {
  private readonly tokens = new Map<number, string>();
  constructor(private readonly core: Core) {}

  tokenFor(windowId: number): string | null {
    let token = this.tokens.get(windowId) ?? null;
    if (token === null) {
      const single = readSecuritySettings(this.core.db).singleUserId;
      const account = single !== null ? findAccountById(this.core.db, single) : null;
      if (account?.enabled) {
        token = createSession(this.core.db, account.id, 'electron', null);
        this.tokens.set(windowId, token);
      }
    }
    return token;
  }

  set(windowId: number, token: string | null): void {
    if (token === null) this.tokens.delete(windowId);
    else this.tokens.set(windowId, token);
  }

  closeWindow(windowId: number): void {
    const token = this.tokens.get(windowId);
    if (token) endSession(this.core.db, tokenHash(token));
    this.tokens.delete(windowId);
  }
}

/** Sees every answered call of a window (the reminder notification uses it); never changes the answer. */
export type CallObserver = (windowId: number, method: string, result: RpcResult<unknown>) => void;

/** Serves the one IPC entry: every call goes through the router, after the sender check. */
export async function handleInvoke(
  core: Core,
  sessions: DesktopSessions,
  windowId: number,
  frameUrl: string | undefined,
  method: unknown,
  input: unknown,
  observe?: CallObserver,
): Promise<RpcResult<unknown>> {
  if (!isTrustedSender(frameUrl)) {
    return { ok: false, error: { code: 'ipc.untrusted', message: '拒绝来自未知页面的请求。' } };
  }
  if (typeof method !== 'string') {
    return { ok: false, error: { code: 'method.unknown', message: '未知的操作。' } };
  }
  const token = sessions.tokenFor(windowId);
  const ctx = contextForSession(core, 'electron', token);
  if (!ctx.account && token) sessions.set(windowId, null);
  // The token stays in the main process: the page learns only who it is signed in as.
  const { token: signedIn, result } = takeSessionToken(method, await dispatch(method, input, ctx));
  if (signedIn) sessions.set(windowId, signedIn);
  if (result.ok && method === 'auth.logout') sessions.set(windowId, null);
  observe?.(windowId, method, result);
  return result;
}

export function setupIpc(ipcMain: IpcMain, core: Core, observe?: CallObserver): DesktopSessions {
  const sessions = new DesktopSessions(core);
  ipcMain.handle(IPC_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) =>
    handleInvoke(core, sessions, event.sender.id, event.senderFrame?.url, method, input, observe),
  );
  return sessions;
}
