import { searchLegalBasis, searchPhrases } from '../../core/checklists/index.js';
import { addPhraseFromOpinion, effectiveLegalBasis, effectivePhrases, saveLegalBasisEntry } from '../../core/review/library-service.js';
import { getOpinion } from '../../core/review/opinion-rows.js';
import { addOpinion, deleteOpinion, reorderOpinions, updateOpinion } from '../../core/review/opinion-service.js';
import { withCitations } from '../../core/statutes/opinion-citations.js';
import { answerItem, concludeReview, ensureReview, readReview } from '../../core/review/review-service.js';
import { approveReview, returnReview, submitForSignoff } from '../../core/review/signoff-service.js';
import {
  copyTemplateToOffice,
  exportTemplateFile,
  getTemplate,
  importTemplateFile,
  listTemplates,
  saveTemplate,
} from '../../core/review/template-store.js';
import type { HandlerMap } from '../handler-map.js';
import type { reviewContract } from '../../../shared/contract/review.js';

export const reviewHandlers: HandlerMap<keyof typeof reviewContract> = {
  // Opening the review tab only reads: starting the review is the reviewer's action (review.start).
  'review.get': (input, ctx) => readReview(ctx.core.db, input.matterId),
  'review.find': (input, ctx) =>
    ctx.core.db.prepare('SELECT 1 FROM reviews WHERE matter_id = ?').get(input.matterId) ? readReview(ctx.core.db, input.matterId) : null,
  'review.start': (input, ctx) => {
    ensureReview(ctx.core, ctx.actor, input.matterId);
    return readReview(ctx.core.db, input.matterId);
  },
  'review.answer': (input, ctx) => {
    answerItem(ctx.core.db, ctx.actor, input);
    return readReview(ctx.core.db, input.matterId);
  },
  'review.conclude': (input, ctx) => {
    concludeReview(ctx.core.db, ctx.actor, input);
    return readReview(ctx.core.db, input.matterId);
  },
  'review.submit': (input, ctx) => {
    submitForSignoff(ctx.core.db, ctx.actor, input.matterId, input.overrideReason);
    return readReview(ctx.core.db, input.matterId);
  },
  'review.approve': (input, ctx) => {
    approveReview(ctx.core.db, ctx.actor, input.matterId, input.comment, ctx.today);
    return readReview(ctx.core.db, input.matterId);
  },
  'review.return': (input, ctx) => {
    returnReview(ctx.core.db, ctx.actor, input.matterId, input.comment);
    return readReview(ctx.core.db, input.matterId);
  },
  'opinions.add': ({ matterId, ...fields }, ctx) => withCitations(ctx.core, addOpinion(ctx.core.db, ctx.actor, matterId, fields)),
  'opinions.update': ({ id, ...fields }, ctx) => withCitations(ctx.core, updateOpinion(ctx.core.db, ctx.actor, id, fields)),
  'opinions.delete': (input, ctx) => {
    deleteOpinion(ctx.core.db, ctx.actor, input.id);
    return { deleted: true as const };
  },
  'opinions.reorder': (input, ctx) => reorderOpinions(ctx.core.db, ctx.actor, input.matterId, input.order),
  'templates.list': (input, ctx) => listTemplates(ctx.core, input.matterType),
  'templates.get': (input, ctx) => getTemplate(ctx.core, input.id),
  'templates.copy': (input, ctx) => copyTemplateToOffice(ctx.core, ctx.actor, input.fromId, input.newId, input.office),
  'templates.save': (input, ctx) => saveTemplate(ctx.core, ctx.actor, input.template, input.makeDefault),
  'templates.export': (input, ctx) => exportTemplateFile(ctx.core, input.id),
  'templates.import': (input, ctx) => importTemplateFile(ctx.core, ctx.actor, input.json),
  'library.basis.search': (input, ctx) => searchLegalBasis(effectiveLegalBasis(ctx.core), input.query, { limit: input.limit }),
  'library.basis.save': (input, ctx) => saveLegalBasisEntry(ctx.core, ctx.actor, input.entry),
  'library.phrases.search': (input, ctx) =>
    searchPhrases(effectivePhrases(ctx.core), input.query, { matterType: input.matterType, itemId: input.itemId, limit: input.limit }),
  'library.phrases.addFromOpinion': (input, ctx) => {
    getOpinion(ctx.core.db, input.opinionId);
    return addPhraseFromOpinion(ctx.core, ctx.actor, input.opinionId, input.tags);
  },
};
