import type { z } from 'zod';
import { contract, isMethod, type Method, type RpcError, type RpcResult } from '../../shared/contract/index.js';
import { isAppError } from '../core/errors.js';
import { storeErrorOf } from '../core/store/write-transaction.js';
import type { HandlerContext } from './context.js';
import type { Handler, HandlerMap } from './handler-map.js';
import { matterHandlers } from './handlers/matters.js';
import { reviewHandlers } from './handlers/review.js';
import { letterHandlers } from './handlers/letters.js';
import { findingHandlers } from './handlers/findings.js';
import { documentHandlers } from './handlers/documents.js';
import { searchHandlers } from './handlers/search.js';
import { reportHandlers } from './handlers/reports.js';
import { systemHandlers } from './handlers/system.js';
import { workflowHandlers } from './handlers/workflow.js';
import { accountHandlers } from './handlers/accounts.js';
import { exchangeHandlers } from './handlers/exchange.js';
import { assertMatterAccess, matterOfCall } from './matter-access.js';
import { accessRefusal } from './access.js';
import { recordRead } from './read-audit.js';
import { backupHandlers } from './handlers/backup.js';
import { statuteHandlers } from './handlers/statutes.js';
import { casefileHandlers } from './handlers/casefile.js';
import { reminderHandlers } from './handlers/reminders.js';
import { countyReportHandlers } from './handlers/county-report.js';
import { batchHandlers } from './handlers/batch.js';
import { assertNotArchived } from '../core/casefile/archive-lock.js';
import { matterRecordHandlers } from './handlers/matter-records.js';
import { holidayHandlers } from './handlers/holidays.js';
import { documentTextHandlers } from './handlers/document-text.js';

/** One handler per contract method; the type makes a missing one a compile error. */
export const handlers: HandlerMap<Method> = {
  ...systemHandlers,
  ...matterHandlers,
  ...reviewHandlers,
  ...letterHandlers,
  ...findingHandlers,
  ...documentHandlers,
  ...searchHandlers,
  ...workflowHandlers,
  ...reportHandlers,
  ...accountHandlers,
  ...exchangeHandlers,
  ...backupHandlers,
  ...statuteHandlers,
  ...casefileHandlers,
  ...reminderHandlers,
  ...countyReportHandlers,
  ...batchHandlers,
  ...matterRecordHandlers,
  ...holidayHandlers,
  ...documentTextHandlers,
};

function inputError(error: z.ZodError): RpcError {
  const fields = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(输入)',
    message: issue.message,
  }));
  return {
    code: 'input.invalid',
    message: `输入有误：${fields.map((f) => `${f.path}：${f.message}`).join('；')}`,
    fields,
  };
}

export { accessRefusal } from './access.js';

/** The HTTP status a refusal maps to. */
export function httpStatusOf(result: RpcResult<unknown>): number {
  if (result.ok) return 200;
  const { code } = result.error;
  if (code === 'auth.required' || code === 'auth.expired') return 401;
  if (code === 'auth.forbidden') return 403;
  if (code === 'auth.locked') return 429;
  if (code === 'store.busy') return 503;
  if (code === 'internal') return 500;
  if (code === 'method.unknown') return 404;
  return 400;
}

/** Logs an unexpected failure without letting its stack cross the door. */
let reportInternal: (method: string, error: unknown) => void = (method, error) => {
  console.error(`[review-desk] ${method} failed:`, error);
};
export function setInternalErrorReporter(reporter: typeof reportInternal): void {
  reportInternal = reporter;
}

/**
 * The single entry every door calls: looks the method up as an own property of the contract,
 * parses the input with its schema, runs the handler, checks the output, and returns errors as data.
 */
export async function dispatch(method: string, rawInput: unknown, ctx: HandlerContext): Promise<RpcResult<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'method.unknown', message: `未知的操作：${method.slice(0, 80)}` } };
  }
  const spec = contract[method];
  const refusal = accessRefusal(spec.roles, ctx);
  if (refusal) return { ok: false, error: refusal };
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: inputError(parsed.error) };
  try {
    if (spec.matterOf && ctx.account) {
      const matterId = matterOfCall(ctx.core.db, spec.matterOf, parsed.data);
      if (matterId !== null) assertMatterAccess(ctx.core.db, ctx.account, matterId, spec.writes);
      // An archived case (归档) is locked for every writing call that names it.
      if (matterId !== null && spec.writes) assertNotArchived(ctx.core.db, matterId);
    }
    const handler = handlers[method] as Handler<Method>;
    const value = await handler(parsed.data as never, ctx);
    recordRead(ctx, method, parsed.data);
    return { ok: true, value: spec.output.parse(value) };
  } catch (caught) {
    const e = storeErrorOf(caught);
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } };
    reportInternal(method, e);
    return { ok: false, error: { code: 'internal', message: '程序内部错误，操作未完成。详情已写入日志。' } };
  }
}
