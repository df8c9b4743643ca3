import { createMatter, getMatter, listMatters } from '../../core/matters/matter-service.js';
import type { HandlerMap } from '../handler-map.js';

export const matterHandlers: HandlerMap<'matters.create' | 'matters.get' | 'matters.list'> = {
  'matters.create': (input, ctx) => createMatter(ctx.core.db, ctx.actor, input),
  'matters.get': (input, ctx) => getMatter(ctx.core.db, input.id),
  'matters.list': (input, ctx) => listMatters(ctx.core.db, input),
};
