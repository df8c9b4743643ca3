import type { Core } from '../core/core.js';
import type { AccountRow } from '../core/accounts/account-store.js';
import { resolveSession, type Door } from '../core/accounts/sessions.js';
import type { RpcResult } from '../../shared/contract/rpc.js';
import { SIGN_IN_METHODS } from '../../shared/contract/transport.js';
import { type Clock, officeClock } from '../core/clock.js';

/**
 * One request context per call, built by the door: who is acting (the signed-in account, resolved from
 * the door's session) and through which door. Services receive `actor` (the account's login) for the
 * records they write; nothing reads the operating-system user.
 */
export interface HandlerContext {
  core: Core;
  door: Door;
  /** The signed-in account; null only for a call of a public method (sign-in, setup, status). */
  account: AccountRow | null;
  /** The acting account's login, written into every record; 'anonymous' while signed out. */
  actor: string;
  /** The SHA-256 of the session token behind this call, so sign-out can end exactly this session. */
  sessionHash: string | null;
  /** The caller's network address (HTTP door), for sign-in rate limits and the audit log. */
  address: string | null;
  /** Why there is no account although a session was presented (expired, disabled), for a precise 401. */
  authProblem?: 'missing' | 'expired' | 'disabled';
  /** The one clock of this call: the office's time zone (default Asia/Shanghai), never the PC's. */
  clock: Clock;
  /** Today in the office's zone, read once per call so one request never straddles two days. */
  today: string;
}

/** The context of a signed-in account, for doors that have already authenticated the caller. */
export function contextFor(core: Core, door: Door, account: AccountRow | null, extra: Partial<HandlerContext> = {}): HandlerContext {
  const clock = extra.clock ?? officeClock(core.db);
  const today = extra.today ?? clock.today();
  return { core, door, account, actor: account?.login ?? 'anonymous', sessionHash: null, address: null, ...extra, clock, today };
}

/**
 * The context behind a door's session token (cookie or window): signed in when the session is alive,
 * otherwise signed out with the reason (missing, expired after the idle limit, account disabled).
 */
export function contextForSession(core: Core, door: Door, token: string | null, extra: Partial<HandlerContext> = {}): HandlerContext {
  const check = resolveSession(core.db, token);
  if ('problem' in check) return contextFor(core, door, null, { ...extra, authProblem: check.problem });
  return contextFor(core, door, check.account, { ...extra, sessionHash: check.tokenHash });
}

/** Takes the token out of a sign-in's answer (the door keeps it, the page never sees it): `{ token, result }` with the token blanked in `result`. */
export function takeSessionToken(method: string, result: RpcResult<unknown>): { token: string | null; result: RpcResult<unknown> } {
  if (!result.ok || !SIGN_IN_METHODS.has(method)) return { token: null, result };
  const value = result.value as { token: string };
  return { token: value.token, result: { ok: true, value: { ...value, token: '' } } };
}
