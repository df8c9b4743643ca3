import type { Me } from '../../../shared/contract/accounts.js';
import { writeTransaction } from '../../core/store/write-transaction.js';
import { countAccounts, displayNameOfActor, listAccounts, type AccountRow } from '../../core/accounts/account-store.js';
import { changeOwnPassword, createAccount, resetPassword, updateAccount } from '../../core/accounts/account-service.js';
import { readSecuritySettings, updateSecuritySettings } from '../../core/accounts/security-settings.js';
import { endSession } from '../../core/accounts/sessions.js';
import { readPreferences, writePreferences } from '../../core/accounts/preferences.js';
import { runSetup } from '../../core/accounts/setup.js';
import { signIn } from '../../core/accounts/sign-in.js';
import { queryAudit, recordAudit, verifyAuditChain } from '../../core/audit.js';
import { auditCsv, auditSummary } from '../../core/audit-report.js';
import { AppError } from '../../core/errors.js';
import { readOfficeSettings, FIRST_RUN_OFFICE } from '../../core/letters/office-settings.js';
import { assignMatter } from '../../core/matters/assignment-service.js';
import type { HandlerContext } from '../context.js';
import type { HandlerMap } from '../handler-map.js';

type AccountMethods =
  | 'auth.status'
  | 'auth.setup'
  | 'auth.login'
  | 'auth.logout'
  | 'auth.changePassword'
  | 'accounts.list'
  | 'accounts.create'
  | 'accounts.update'
  | 'accounts.resetPassword'
  | 'security.settings.get'
  | 'security.settings.set'
  | 'audit.query'
  | 'audit.export'
  | 'audit.verify'
  | 'matters.assign'
  | 'preferences.get'
  | 'preferences.set';

function meOf(ctx: HandlerContext, account: AccountRow): Me {
  return {
    id: account.id,
    login: account.login,
    displayName: account.displayName,
    roles: account.roles,
    unit: account.unit,
    idleMinutes: readSecuritySettings(ctx.core.db).idleMinutes,
  };
}

function signedIn(ctx: HandlerContext): AccountRow {
  if (!ctx.account) throw new AppError('auth.required', '请先登录。');
  return ctx.account;
}

function securityView(ctx: HandlerContext) {
  const s = readSecuritySettings(ctx.core.db);
  return { idleMinutes: s.idleMinutes, lanMode: s.lanMode, singleUser: s.singleUserId !== null };
}

export const accountHandlers: HandlerMap<AccountMethods> = {
  'auth.status': (_input, ctx) => {
    const office = readOfficeSettings(ctx.core.db);
    return {
      needsSetup: countAccounts(ctx.core.db) === 0,
      me: ctx.account ? meOf(ctx, ctx.account) : null,
      officeName: office.officeName === FIRST_RUN_OFFICE.name ? null : office.officeName,
      singleUser: readSecuritySettings(ctx.core.db).singleUserId !== null,
    };
  },
  'auth.setup': async (input, ctx) => {
    const { account, token } = await runSetup(ctx.core.db, { ...input, door: ctx.door, address: ctx.address });
    return { me: meOf(ctx, account), token };
  },
  'auth.login': async (input, ctx) => {
    const { account, token } = await signIn(ctx.core.db, { ...input, door: ctx.door, address: ctx.address });
    return { me: meOf(ctx, account), token };
  },
  'auth.logout': (_input, ctx) => {
    const account = signedIn(ctx);
    writeTransaction(ctx.core.db, () => {
        if (ctx.sessionHash) endSession(ctx.core.db, ctx.sessionHash);
        recordAudit(ctx.core.db, { actor: account.login, action: 'auth.logout', entity: 'account', entityId: account.id, after: { door: ctx.door } });
      });
    return { ok: true as const };
  },
  'auth.changePassword': async (input, ctx) => {
    await changeOwnPassword(ctx.core.db, signedIn(ctx).id, input.current, input.next);
    return { ok: true as const };
  },
  'accounts.list': (_input, ctx) => listAccounts(ctx.core.db),
  'accounts.create': (input, ctx) => createAccount(ctx.core.db, ctx.actor, input),
  'accounts.update': (input, ctx) => updateAccount(ctx.core.db, ctx.actor, input),
  'accounts.resetPassword': async (input, ctx) => {
    await resetPassword(ctx.core.db, ctx.actor, input.id, input.password);
    return { ok: true as const };
  },
  'security.settings.get': (_input, ctx) => securityView(ctx),
  'security.settings.set': (input, ctx) => {
    updateSecuritySettings(ctx.core.db, ctx.actor, input);
    return securityView(ctx);
  },
  'audit.query': (input, ctx) => {
    const { limit, offset, ...filter } = input;
    const page = queryAudit(ctx.core.db, filter, limit, offset, ctx.clock.timeZone);
    return {
      total: page.total,
      items: page.items.map((row) => ({
        id: row.id,
        at: row.at,
        actor: row.actor,
        actorName: displayNameOfActor(ctx.core.db, row.actor, row.userId) ?? '',
        userId: row.userId,
        action: row.action,
        entity: row.entity,
        entityId: row.entityId,
        summary: auditSummary(row),
      })),
    };
  },
  'audit.export': (input, ctx) => ({
    fileName: `审计日志-${ctx.clock.fileStamp()}.csv`,
    mime: 'text/csv',
    content: Buffer.from(auditCsv(ctx.core.db, input, ctx.clock.timeZone), 'utf8'),
  }),
  'audit.verify': (_input, ctx) => verifyAuditChain(ctx.core.db),
  'matters.assign': (input, ctx) => {
    assignMatter(ctx.core.db, ctx.actor, input);
    return { ok: true as const };
  },
  'preferences.get': (_input, ctx) => readPreferences(ctx.core.db, signedIn(ctx).id),
  'preferences.set': (input, ctx) => writePreferences(ctx.core.db, signedIn(ctx).id, input),
};
