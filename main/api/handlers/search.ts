import { searchQuery } from '../../core/search/search-service.js';
import type { HandlerMap } from '../handler-map.js';

export const searchHandlers: HandlerMap<'search.query'> = {
  'search.query': (input, ctx) => searchQuery(ctx.core.db, input),
};
