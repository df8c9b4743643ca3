import { contract, type Method } from '../../shared/contract/index.js';
import { contextFor, type HandlerContext } from '../api/context.js';
import { accessRefusal } from '../api/access.js';
import { countAccounts } from '../core/accounts/account-store.js';
import { endSession, tokenHash } from '../core/accounts/sessions.js';
import { signIn } from '../core/accounts/sign-in.js';
import type { Core } from '../core/core.js';
import { AppError } from '../core/errors.js';
import { readStdinLine } from './acting-account.js';

export interface CliActor {
  ctx: HandlerContext;
  /** Ends the CLI's session; call when the command is done. */
  done(): void;
}

/**
 * Who a CLI command acts as. With `--as` the password is checked like a sign-in (rate-limited and
 * audited). Without it, writing is refused once the archive has accounts; a brand-new archive (no
 * account yet) lets batch work run as 「系统」 — never as the operating-system user.
 */
export async function cliActor(core: Core, options: { as?: string }, writes: boolean): Promise<CliActor> {
  if (options.as) {
    const password = process.env.REVIEW_DESK_PASSWORD ?? (await readStdinLine(`账号 ${options.as} 的密码`));
    const { account, token } = await signIn(core.db, { login: options.as, password, door: 'cli', address: null });
    const hash = tokenHash(token);
    return { ctx: contextFor(core, 'cli', account, { sessionHash: hash }), done: () => endSession(core.db, hash) };
  }
  if (writes && countAccounts(core.db) > 0) {
    throw new AppError(
      'auth.required',
      '本档案已启用账号：写入操作须用 --as 登录名 指定账号，密码由环境变量 REVIEW_DESK_PASSWORD 或标准输入提供。',
    );
  }
  return { ctx: { ...contextFor(core, 'cli', null), actor: 'system' }, done: () => undefined };
}

/** For commands that call core services directly: the same role check the router applies. */
export function assertMayCall(ctx: HandlerContext, method: Method): void {
  if (ctx.actor === 'system' && !ctx.account) return;
  const refusal = accessRefusal(contract[method].roles, ctx);
  if (refusal) throw new AppError(refusal.code, refusal.message);
}
