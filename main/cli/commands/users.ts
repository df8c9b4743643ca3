import { Option, type Command } from 'commander';
import type { Role } from '../../../shared/domain/account.js';
import { ROLES, ROLE_LABELS_ZH } from '../../../shared/domain/roles.js';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract/index.js';
import type { HandlerContext } from '../../api/context.js';
import type { Core } from '../../core/core.js';
import { AppError } from '../../core/errors.js';
import { asOption, closeStdin, readStdinLine } from '../acting-account.js';
import { dataOption } from '../data-option.js';

interface UsersOptions {
  data: string;
  as?: string;
  json?: boolean;
}

// The router (every handler), the archive and sign-in are loaded when a subcommand runs (issue 17).
const openCore = async (dataDir: string) => (await import('../../core/core.js')).openCore(dataDir);
const accountStore = () => import('../../core/accounts/account-store.js');

async function call<M extends Method>(ctx: HandlerContext, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const { dispatch } = await import('../../api/router.js');
  const result = await dispatch(method, input, ctx);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value as MethodOutput<M>;
}

async function withAccount<T>(options: UsersOptions, writes: boolean, run: (core: Core, ctx: HandlerContext) => Promise<T>): Promise<T> {
  const core = await openCore(options.data);
  try {
    const { cliActor } = await import('../cli-actor.js');
    const actor = await cliActor(core, options, writes);
    try {
      return await run(core, actor.ctx);
    } finally {
      actor.done();
    }
  } finally {
    closeStdin();
    core.close();
  }
}

async function newPassword(options: { passwordStdin?: boolean }): Promise<string> {
  if (options.passwordStdin) return readStdinLine('新账号的密码');
  const fromEnv = process.env.REVIEW_DESK_NEW_PASSWORD;
  if (fromEnv) return fromEnv;
  throw new AppError('cli.no-password', '请用 --password-stdin 从标准输入提供密码，或设置环境变量 REVIEW_DESK_NEW_PASSWORD。');
}

async function accountByLogin(core: Core, login: string) {
  const account = (await accountStore()).findAccountByLogin(core.db, login);
  if (!account) throw new AppError('account.not-found', `找不到登录名为「${login}」的账号。`);
  return account;
}

const roleOption = () =>
  new Option('--role <role>', `角色，可重复（${ROLES.map((r) => `${r}=${ROLE_LABELS_ZH[r]}`).join('，')}）`)
    .choices([...ROLES])
    .argParser((value: string, previous: Role[] = []) => [...previous, value as Role]);

/** `review-desk users …`: accounts from the command line (the first admin of a new archive, scripts). */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('账号管理（accounts）');

  users
    .command('add')
    .description('新建账号；新档案的第一个账号须为管理员（admin），此时无需 --as')
    .addOption(dataOption())
    .addOption(asOption())
    .requiredOption('--login <login>', '登录名')
    .requiredOption('--name <name>', '显示名（打印在文书上）')
    .addOption(roleOption().makeOptionMandatory())
    .option('--unit <unit>', '所属单位（法治联络员必填）')
    .option('--password-stdin', '从标准输入读取新账号的密码')
    .action(async (options: UsersOptions & { login: string; name: string; role: Role[]; unit?: string; passwordStdin?: boolean }) => {
      const core = await openCore(options.data);
      try {
        const input = { login: options.login, displayName: options.name, roles: options.role, unit: options.unit ?? null };
        if ((await accountStore()).countAccounts(core.db) === 0 && !options.as) {
          // Bootstrapping a new archive from a script: the first account must be able to manage the others.
          if (!options.role.includes('admin')) throw new AppError('account.first-admin', '新档案的第一个账号须包含管理员角色（--role admin）。');
          const { createAccount } = await import('../../core/accounts/account-service.js');
          const account = await createAccount(core.db, input.login, { ...input, password: await newPassword(options) });
          console.log(options.json ? JSON.stringify(account) : `已新建管理员账号 ${account.login}（${account.displayName}）。`);
          return;
        }
      } finally {
        core.close();
      }
      await withAccount(options, true, async (_core, ctx) => {
        const password = await newPassword(options);
        const account = await call(ctx, 'accounts.create', {
          login: options.login,
          displayName: options.name,
          roles: options.role,
          unit: options.unit ?? null,
          password,
        });
        console.log(options.json ? JSON.stringify(account) : `已新建账号 ${account.login}（${account.displayName}：${account.roles.map((r) => ROLE_LABELS_ZH[r]).join('、')}）。`);
      });
    });

  users
    .command('list')
    .description('列出账号')
    .addOption(dataOption())
    .option('--json', '以 JSON 输出')
    .action(async (options: UsersOptions) => {
      const core = await openCore(options.data);
      try {
        // Listing needs no password: whoever can read the data folder can read the table anyway.
        const accounts = (await accountStore()).listAccounts(core.db);
        if (options.json) return console.log(JSON.stringify(accounts, null, 2));
        if (accounts.length === 0) return console.log('尚无账号。用 review-desk users add --role admin … 新建第一个管理员。');
        for (const a of accounts) {
          console.log(`${a.enabled ? ' ' : '×'} ${a.login}\t${a.displayName}\t${a.roles.map((r) => ROLE_LABELS_ZH[r]).join('、')}${a.unit ? `\t${a.unit}` : ''}`);
        }
      } finally {
        core.close();
      }
    });

  users
    .command('disable')
    .description('停用账号（其登录会话随即失效）')
    .addOption(dataOption())
    .addOption(asOption())
    .requiredOption('--login <login>', '要停用的登录名')
    .action(async (options: UsersOptions & { login: string }) => {
      await withAccount(options, true, async (core, ctx) => {
        const target = await accountByLogin(core, options.login);
        await call(ctx, 'accounts.update', { id: target.id, displayName: target.displayName, roles: target.roles, unit: target.unit, enabled: false });
        console.log(`已停用账号 ${target.login}。`);
      });
    });

  users
    .command('reset-password')
    .description('重置账号密码（其登录会话随即失效）')
    .addOption(dataOption())
    .addOption(asOption())
    .requiredOption('--login <login>', '登录名')
    .option('--password-stdin', '从标准输入读取新密码')
    .action(async (options: UsersOptions & { login: string; passwordStdin?: boolean }) => {
      await withAccount(options, true, async (core, ctx) => {
        const target = await accountByLogin(core, options.login);
        await call(ctx, 'accounts.resetPassword', { id: target.id, password: await newPassword(options) });
        console.log(`已重置 ${(await accountStore()).getAccount(core.db, target.id).login} 的密码。`);
      });
    });
}
