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
import { rulesWithQuality } from '../../core/rules/selftest/quality.js';
import type { HandlerMap } from '../handler-map.js';

export const findingHandlers: HandlerMap<keyof typeof findingsContract> = {
  'rules.list': () => rulesWithQuality(RULE_INFO),
  'findings.list': (input, ctx) =>
    input.documentId ? listDocumentFindings(ctx.core.db, input.documentId) : listMatterFindings(ctx.core.db, input.matterId!),
  'findings.run': (input, ctx) => recheckDocument(ctx.core.db, input.documentId),
  'findings.accept': (input, ctx) => acceptFinding(ctx.core, ctx.actor, input.id, input.text, input.checklistItemId),
  'findings.dismiss': (input, ctx) => dismissFinding(ctx.core.db, ctx.actor, input.id, input.reason),
  'findings.counts': (input, ctx) =>
    Object.entries(openFindingCounts(ctx.core.db, input.matterIds)).map(([matterId, counts]) => ({ matterId: Number(matterId), counts })),
};
