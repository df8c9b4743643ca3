import { searchQuery } from '../../core/search/search-service.js';
import { similarToFinding, similarToOpinion } from '../../core/search/similar-opinions.js';
import type { HandlerMap } from '../handler-map.js';

export const searchHandlers: HandlerMap<'search.query' | 'opinions.similar' | 'findings.similar'> = {
  'search.query': (input, ctx) => searchQuery(ctx.core.db, input),
  'opinions.similar': (input, ctx) => similarToOpinion(ctx.core.db, input.opinionId, input.limit),
  'findings.similar': (input, ctx) => similarToFinding(ctx.core.db, input.id, input.limit),
};
