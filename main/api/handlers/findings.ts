import type { findingsContract } from '../../../shared/contract/findings.js';
import {
  acceptFinding,
  dismissFinding,
  listDocumentFindings,
  listMatterFindings,
  openFindingCounts,
  recheckDocument,
} from '../../core/findings/finding-service.js';
import { RULE_INFO } from '../../core/rules/index.js';
import { reviewChanges } from '../../core/review/review-changes.js';
import { rulesWithQuality } from '../../core/rules/selftest/quality.js';
import type { HandlerMap } from '../handler-map.js';

export const findingHandlers: HandlerMap<keyof typeof findingsContract> = {
  'rules.list': () => rulesWithQuality(RULE_INFO),
  'findings.list': (input, ctx) =>
    input.documentId ? listDocumentFindings(ctx.core.db, input.documentId) : listMatterFindings(ctx.core.db, input.matterId!),
  'findings.run': (input, ctx) => recheckDocument(ctx.core.db, input.documentId),
  'findings.accept': (input, ctx) => {
    const { matterId, changed } = acceptFinding(ctx.core, ctx.actor, input.id, input.text, input.checklistItemId);
    return reviewChanges(ctx.core.db, matterId, changed);
  },
  'findings.dismiss': (input, ctx) => {
    const { matterId, changed } = dismissFinding(ctx.core.db, ctx.actor, input.id, input.reason);
    return reviewChanges(ctx.core.db, matterId, changed);
  },
  'findings.counts': (input, ctx) =>
    Object.entries(openFindingCounts(ctx.core.db, input.matterIds)).map(([matterId, counts]) => ({ matterId: Number(matterId), counts })),
};
