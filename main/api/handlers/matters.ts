import { createMatter, getMatter, listMatters } from '../../core/matters/matter-service.js';
import type { HandlerMap } from '../handler-map.js';
import { isUnitScoped } from '../matter-access.js';

export const matterHandlers: HandlerMap<'matters.create' | 'matters.get' | 'matters.list'> = {
  'matters.create': (input, ctx) => {
    const account = ctx.account;
    // A liaison registers for their own unit only; a reviewer registering a matter takes it unless
    // they chose someone else (分办 can change it later).
    const scoped = account && isUnitScoped(account);
    const reviewerId = input.reviewerId ?? (account && !scoped && account.roles.includes('reviewer') ? account.id : null);
    return createMatter(ctx.core.db, ctx.actor, { ...input, submittingUnit: scoped ? account.unit! : input.submittingUnit, reviewerId });
  },
  'matters.get': (input, ctx) => getMatter(ctx.core.db, input.id),
  'matters.list': (input, ctx) => listMatters(ctx.core.db, input, ctx.account && isUnitScoped(ctx.account) ? ctx.account.unit : undefined),
};
