import type { batchContract } from '../../../shared/contract/batch.js';
import { batchAssign, batchExport, batchMove, batchPrintable } from '../../core/batch/batch-service.js';
import type { HandlerMap } from '../handler-map.js';
import type { HandlerContext } from '../context.js';
import { assertMatterAccess } from '../matter-access.js';

/** The router checks one matter per call; a batch names many, so each is checked here the same way. */
function checkAll(ctx: HandlerContext, matterIds: readonly number[], writes: boolean): void {
  if (!ctx.account) return;
  for (const id of matterIds) assertMatterAccess(ctx.core.db, ctx.account, id, writes);
}

export const batchHandlers: HandlerMap<keyof typeof batchContract> = {
  'batch.assign': (input, ctx) => {
    checkAll(ctx, input.matterIds, true);
    return batchAssign(ctx.core.db, ctx.actor, input);
  },
  'batch.move': (input, ctx) => {
    checkAll(ctx, input.matterIds, true);
    return batchMove(ctx.core.db, ctx.actor, input);
  },
  'batch.export': async (input, ctx) => {
    checkAll(ctx, input.matterIds, false);
    const out = await batchExport(ctx.core.db, input.matterIds, input.what);
    return { fileName: out.fileName, content: out.bytes, files: out.files };
  },
  'batch.printable': (input, ctx) => {
    checkAll(ctx, input.matterIds, false);
    return batchPrintable(ctx.core.db, input.matterIds);
  },
};
