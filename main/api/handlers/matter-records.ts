import {
  bulkUpdateMatters,
  incompleteMatters,
  lookupMatters,
  matterCorrections,
  updateMatter,
  voidMatter,
} from '../../core/matters/matter-records.js';
import type { matterRecordsContract } from '../../../shared/contract/matter-records.js';
import type { HandlerMap } from '../handler-map.js';

export const matterRecordHandlers: HandlerMap<keyof typeof matterRecordsContract> = {
  'matters.update': (input, ctx) => updateMatter(ctx.core.db, ctx.actor, input),
  'matters.void': (input, ctx) => voidMatter(ctx.core.db, ctx.actor, input),
  'matters.corrections': (input, ctx) => matterCorrections(ctx.core.db, input.matterId),
  'matters.incomplete': (_input, ctx) => incompleteMatters(ctx.core.db),
  'matters.bulkUpdate': (input, ctx) => bulkUpdateMatters(ctx.core.db, ctx.actor, input),
  'matters.lookup': (input, ctx) => lookupMatters(ctx.core.db, input.query, input.limit),
};
