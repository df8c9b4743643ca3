import type { Core } from '../core/core.js';
import type { AccountRow } from '../core/accounts/account-store.js';
import type { Door } from '../core/accounts/sessions.js';

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
}

/** The context of a signed-in account, for doors that have already authenticated the caller. */
export function contextFor(core: Core, door: Door, account: AccountRow | null, extra: Partial<HandlerContext> = {}): HandlerContext {
  return { core, door, account, actor: account?.login ?? 'anonymous', sessionHash: null, address: null, ...extra };
}
