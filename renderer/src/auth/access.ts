import methodRoles from 'virtual:method-roles';
import type { Method } from '../../../shared/contract/index';
import type { Role } from '../../../shared/domain/account';
import type { Route } from '../routes';

/**
 * Whether someone holding `roles` may call `method`, read from the roles the contract declares next
 * to the method. The server enforces the same table; the renderer only uses it to hide what would fail.
 * The table comes from the contract at build time (renderer/vite.config.ts), so the shell loads no zod.
 */
export function mayCall(roles: readonly Role[], method: Method): boolean {
  const allowed = methodRoles[method];
  return allowed === 'public' || roles.some((r) => allowed.includes(r));
}

/** The call each screen cannot do without; a screen whose method the person may not call is hidden. */
export const ROUTE_METHOD: Record<Route['page'], Method> = {
  home: 'workflow.queue',
  ledger: 'ledger.query',
  stats: 'stats.get',
  normative: 'normative.list',
  decisions: 'decisions.list',
  'deadline-settings': 'workflow.settings.get',
  matters: 'matters.list',
  'new-matter': 'matters.create',
  matter: 'matters.get',
  settings: 'system.info',
  templates: 'templates.list',
  search: 'search.query',
  'batch-import': 'documents.importAsMatter',
  audit: 'audit.query',
  exchange: 'exchange.history',
  statutes: 'law.search',
  incomplete: 'matters.bulkUpdate',
  holidays: 'holidays.save',
};

export function mayOpen(roles: readonly Role[], page: Route['page']): boolean {
  return mayCall(roles, ROUTE_METHOD[page]);
}
