import type { Role } from '../../shared/domain/account.js';
import { contextFor, type HandlerContext } from '../../main/api/context.js';
import { findAccountByLogin, type AccountRow } from '../../main/core/accounts/account-store.js';
import { createAccount } from '../../main/core/accounts/account-service.js';
import type { Core } from '../../main/core/core.js';

/** The password every test account gets (meets the policy: letters and digits, 8+ characters). */
export const TEST_PASSWORD = 'Review2026!';

/** The roles a test account gets unless a test asks for fewer: everything a 司法所 staff member does. */
export const STAFF_ROLES: Role[] = ['admin', 'reviewer', 'approver'];

/** The account with this login, created on first use (display name = login unless given). */
export async function ensureAccount(core: Core, login: string, roles: Role[] = STAFF_ROLES, extra: { displayName?: string; unit?: string } = {}): Promise<AccountRow> {
  const found = findAccountByLogin(core.db, login);
  if (found) {
    const { passwordHash: _hash, ...account } = found;
    return account;
  }
  return createAccount(core.db, 'system', { login, displayName: extra.displayName ?? login, roles, unit: extra.unit ?? null, password: TEST_PASSWORD });
}

/** A request context signed in as `login` (through the CLI door), creating the account if needed. */
export async function contextAs(core: Core, login: string, roles?: Role[]): Promise<HandlerContext> {
  return contextFor(core, 'cli', await ensureAccount(core, login, roles));
}
