import { searchLegalBasis, searchPhrases } from '../../core/checklists/index.js';
import { addPhraseFromOpinion, effectiveLegalBasis, effectivePhrases, saveLegalBasisEntry } from '../../core/review/library-service.js';
import { getOpinion } from '../../core/review/opinion-rows.js';
import { addOpinion, deleteOpinion, reorderOpinions, updateOpinion, type SavedOpinion } from '../../core/review/opinion-service.js';
import { reviewChanges } from '../../core/review/review-changes.js';
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
import type { HandlerContext } from '../context.js';
import type { HandlerMap } from '../handler-map.js';
import type { MethodOutput } from '../../../shared/contract/index.js';
import type { reviewContract } from '../../../shared/contract/review.js';

/** A saved opinion's reply: the opinion, the item it marked, after its citations were recorded. */
function opinionSaved(ctx: HandlerContext, saved: SavedOpinion) {
  withCitations(ctx.core, saved.opinion, ctx.today);
  return reviewChanges(ctx.core.db, saved.opinion.matterId, { opinions: [saved.opinion.id], answers: saved.marked ? [saved.marked] : [] });
}

export const reviewHandlers: HandlerMap<keyof typeof reviewContract> = {
  // Opening the review tab only reads: starting the review is the reviewer's action (review.start).
  'review.get': (input, ctx) => readReview(ctx.core.db, input.matterId),
  'review.find': (input, ctx) =>
    ctx.core.db.prepare('SELECT 1 FROM reviews WHERE matter_id = ?').get(input.matterId) ? readReview(ctx.core.db, input.matterId) : null,
  'review.start': (input, ctx) => {
    ensureReview(ctx.core, ctx.actor, input.matterId);
    // The whole review, new or started before (an idempotent start hands back every record).
    return reviewChanges(ctx.core.db, input.matterId, { started: true }) as MethodOutput<'review.start'>;
  },
  'review.answer': (input, ctx) => {
    answerItem(ctx.core.db, ctx.actor, input);
    return reviewChanges(ctx.core.db, input.matterId, { review: true, answers: [input.itemId] });
  },
  'review.conclude': (input, ctx) => {
    concludeReview(ctx.core.db, ctx.actor, input);
    return reviewChanges(ctx.core.db, input.matterId, { review: true, matter: true });
  },
  'review.submit': (input, ctx) => {
    submitForSignoff(ctx.core.db, ctx.actor, input.matterId, input.overrideReason);
    return reviewChanges(ctx.core.db, input.matterId, { review: true, matter: true });
  },
  'review.approve': (input, ctx) => {
    approveReview(ctx.core.db, ctx.actor, input.matterId, input.comment, ctx.today);
    return reviewChanges(ctx.core.db, input.matterId, { review: true, matter: true });
  },
  'review.return': (input, ctx) => {
    returnReview(ctx.core.db, ctx.actor, input.matterId, input.comment);
    return reviewChanges(ctx.core.db, input.matterId, { review: true, matter: true });
  },
  'opinions.add': ({ matterId, ...fields }, ctx) => opinionSaved(ctx, addOpinion(ctx.core.db, ctx.actor, matterId, fields)),
  'opinions.update': ({ id, ...fields }, ctx) => opinionSaved(ctx, updateOpinion(ctx.core.db, ctx.actor, id, fields)),
  'opinions.delete': (input, ctx) => {
    const { matterId, reopened } = deleteOpinion(ctx.core.db, ctx.actor, input.id);
    return reviewChanges(ctx.core.db, matterId, { deletedOpinionIds: [input.id], findings: reopened });
  },
  'opinions.reorder': (input, ctx) => {
    const opinions = reorderOpinions(ctx.core.db, ctx.actor, input.matterId, input.order);
    return reviewChanges(ctx.core.db, input.matterId, { opinions: opinions.map((o) => o.id) });
  },
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
