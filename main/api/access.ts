import type { RpcError } from '../../shared/contract/rpc.js';
import { ROLE_LABELS_ZH, type Access } from '../../shared/domain/account.js';
import type { HandlerContext } from './context.js';

// Apart from the router so a door or command can check a role without loading every handler.

const SIGNED_OUT_MESSAGES = {
  missing: '请先登录。',
  expired: '登录已超时，请重新登录。',
  disabled: '该账号已停用，请联系管理员。',
} as const;

/** Who may call: checked before the input is even parsed, so a refused caller learns nothing about it. */
export function accessRefusal(access: Access, ctx: HandlerContext): RpcError | null {
  if (access === 'public') return null;
  if (!ctx.account) {
    const problem = ctx.authProblem ?? 'missing';
    return { code: problem === 'expired' ? 'auth.expired' : 'auth.required', message: SIGNED_OUT_MESSAGES[problem] };
  }
  if (ctx.account.roles.some((role) => access.includes(role))) return null;
  const needed = access.map((r) => ROLE_LABELS_ZH[r]).join('、');
  return { code: 'auth.forbidden', message: `当前账号无权执行此操作（需要以下角色之一：${needed}）。` };
}
