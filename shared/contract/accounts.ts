import { z } from 'zod';
import { OutBytes } from './binary.js';
import { ANY_ROLE, LOGIN_PATTERN, OFFICE_ADMIN, OFFICE_READ, Role, passwordProblem } from '../domain/account.js';
import { OFFICE_CODE_PATTERN, OfficeKind } from '../domain/exchange.js';
import { Id, IsoDate, optionalText, requiredText } from './fields.js';
import { method } from './rpc.js';

export const Login = z
  .string({ error: '请填写登录名' })
  .trim()
  .regex(LOGIN_PATTERN, { error: '登录名只能包含字母、数字、点、横线和下划线，最多 32 个字符' });

export const Account = z.object({
  id: z.number().int(),
  login: z.string(),
  displayName: z.string(),
  initials: z.string(),
  roles: z.array(Role),
  unit: z.string().nullable(),
  enabled: z.boolean(),
  hasPassword: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof Account>;

/** The signed-in person as the renderer sees them. */
export const Me = z.object({
  id: z.number().int(),
  login: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  unit: z.string().nullable(),
  /** Minutes of inactivity after which the session ends. */
  idleMinutes: z.number().int(),
});
export type Me = z.infer<typeof Me>;

export const AuthStatus = z.object({
  /** No account exists yet: the setup page must run first. */
  needsSetup: z.boolean(),
  me: Me.nullable(),
  officeName: z.string().nullable(),
  singleUser: z.boolean(),
});
export type AuthStatus = z.infer<typeof AuthStatus>;

const Password = z.string().min(1, { error: '请填写密码' }).max(128, { error: '密码不能超过 128 位' });

export const AccountFields = z
  .object({
    login: Login,
    displayName: requiredText('显示名', 32),
    roles: z.array(Role).min(1, { error: '至少选择一个角色' }).max(6),
    unit: optionalText('所属单位', 100),
    password: Password,
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, v.login);
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
    if (v.roles.includes('liaison') && !v.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: '法治联络员须填写所属单位' });
  });

export const SetupInput = z.object({
  officeName: requiredText('单位名称', 60),
  officeCode: requiredText('发文机关代字', 10),
  admin: AccountFields,
  /** "This computer is used by me only": sign this account in automatically on this computer. */
  singleUser: z.boolean().default(false),
  /** The office's kind and code for exchange packages; its key pair is made at setup. */
  officeKind: OfficeKind.default('township-office'),
  /** Defaults to the letter code's characters (see suggestOfficeCode). */
  exchangeCode: z.string().trim().regex(OFFICE_CODE_PATTERN, { error: '单位代码只能包含字母、数字、点、横线和下划线，最多 32 个字符' }).optional(),
});

export const LoginInput = z.object({ login: z.string().trim().min(1, { error: '请填写登录名' }).max(64), password: Password });

/** What a successful sign-in returns; the door turns `token` into a cookie or keeps it in the shell. */
export const LoginOutput = z.object({ me: Me, token: z.string() });

export const AuditQuery = z.object({
  userId: Id.optional(),
  matterId: Id.optional(),
  action: z.string().trim().max(60).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.number().int().min(1).max(1000).default(200),
  offset: z.number().int().min(0).default(0),
});
export const AuditEntryOut = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  /** The account's display name, or 「（未关联账号）name」 for names recorded before accounts existed. */
  actorName: z.string(),
  userId: z.number().int().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  summary: z.string(),
});
export const ChainReport = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  head: z.string().nullable(),
  firstBroken: z.object({ id: z.number().int(), reason: z.string() }).nullable(),
});
export type ChainReport = z.infer<typeof ChainReport>;

const Ok = z.object({ ok: z.literal(true) });

/** What each person chooses for themselves; stored per account in the archive (not in the browser profile). */
export const Preferences = z.object({
  locale: z.enum(['zh-CN', 'en-US']).optional(),
  /** The office name last typed when copying a checklist template. */
  templateOffice: z.string().trim().max(100).optional(),
  /** The menu folded to icons (a laptop screen). */
  siderCollapsed: z.boolean().optional(),
});
export type Preferences = z.infer<typeof Preferences>;
/** A change: the keys given are set, a null removes the key (back to the default). */
const PreferencesPatch = z.object({
  locale: Preferences.shape.locale.unwrap().nullable().optional(),
  templateOffice: Preferences.shape.templateOffice.unwrap().nullable().optional(),
  siderCollapsed: Preferences.shape.siderCollapsed.unwrap().nullable().optional(),
}).strict();

export const accountsContract = {
  'auth.status': method({ input: z.object({}).strict(), output: AuthStatus, writes: false, roles: 'public' }),
  'auth.setup': method({ input: SetupInput, output: LoginOutput, writes: true, roles: 'public' }),
  'auth.login': method({ input: LoginInput, output: LoginOutput, writes: true, roles: 'public' }),
  'auth.logout': method({ input: z.object({}).strict(), output: Ok, writes: true, roles: ANY_ROLE }),
  'auth.changePassword': method({
    input: z.object({ current: Password, next: Password }),
    output: Ok,
    writes: true,
    roles: ANY_ROLE,
  }),
  'preferences.get': method({ input: z.object({}).strict(), output: Preferences, writes: false, roles: ANY_ROLE }),
  'preferences.set': method({ input: PreferencesPatch, output: Preferences, writes: true, roles: ANY_ROLE }),
  'accounts.list': method({ input: z.object({}).strict(), output: z.array(Account), writes: false, roles: OFFICE_READ }),
  'accounts.create': method({ input: AccountFields, output: Account, writes: true, roles: OFFICE_ADMIN }),
  'accounts.update': method({
    input: z.object({
      id: Id,
      displayName: requiredText('显示名', 32),
      roles: z.array(Role).min(1, { error: '至少选择一个角色' }).max(6),
      unit: optionalText('所属单位', 100),
      enabled: z.boolean(),
    }),
    output: Account,
    writes: true,
    roles: OFFICE_ADMIN,
  }),
  'accounts.resetPassword': method({ input: z.object({ id: Id, password: Password }), output: Ok, writes: true, roles: OFFICE_ADMIN }),
  'security.settings.get': method({ input: z.object({}).strict(), output: z.object({ idleMinutes: z.number().int(), lanMode: z.boolean(), singleUser: z.boolean() }), writes: false, roles: OFFICE_ADMIN }),
  'security.settings.set': method({
    input: z.object({ idleMinutes: z.number().int().min(5).max(24 * 60), lanMode: z.boolean() }),
    output: z.object({ idleMinutes: z.number().int(), lanMode: z.boolean(), singleUser: z.boolean() }),
    writes: true,
    roles: OFFICE_ADMIN,
  }),
  'audit.query': method({
    input: AuditQuery,
    output: z.object({ items: z.array(AuditEntryOut), total: z.number().int() }),
    writes: false,
    roles: ['admin', 'viewer'],
  }),
  'audit.export': method({
    input: AuditQuery.omit({ limit: true, offset: true }),
    output: z.object({ fileName: z.string(), content: OutBytes, mime: z.string() }),
    writes: false,
    roles: ['admin', 'viewer'],
  }),
  'audit.verify': method({ input: z.object({}).strict(), output: ChainReport, writes: false, roles: ['admin', 'viewer'] }),
  'matters.assign': method({
    input: z.object({
      matterId: Id,
      reviewerId: Id.nullable(),
      counselId: Id.nullable().default(null),
      reason: optionalText('转办理由', 500),
    }),
    output: z.object({ ok: z.literal(true) }),
    writes: true,
    roles: ['reviewer', 'approver'],
    matterOf: 'matterId',
  }),
};
