import { createDecision, deleteDecision, listDecisions, setDecisionStep, updateDecision } from '../../core/workflow/decision-catalogue.js';
import { listFeedback, recordFeedback, setOpinionAdoption } from '../../core/workflow/feedback-service.js';
import { createNormative, deleteNormative, listNormative, updateNormative } from '../../core/workflow/normative-registry.js';
import { saveWorkflowSettings, workflowSettingsView } from '../../core/workflow/office-settings.js';
import { reviewerQueue } from '../../core/workflow/queue-service.js';
import { deadlinesOf, moveMatterStatus, statusHistory, workflowView } from '../../core/workflow/status-service.js';
import type { HandlerMap } from '../handler-map.js';

type WorkflowMethods =
  | 'workflow.get'
  | 'workflow.move'
  | 'workflow.history'
  | 'workflow.queue'
  | 'workflow.deadlines'
  | 'workflow.settings.get'
  | 'workflow.settings.set'
  | 'feedback.record'
  | 'feedback.list'
  | 'feedback.setAdoption'
  | 'normative.list'
  | 'normative.create'
  | 'normative.update'
  | 'normative.delete'
  | 'decisions.list'
  | 'decisions.create'
  | 'decisions.update'
  | 'decisions.delete'
  | 'decisions.setStep';

export const workflowHandlers: HandlerMap<WorkflowMethods> = {
  'workflow.get': (input, ctx) => workflowView(ctx.core.db, input.matterId, input.today ?? ctx.today),
  'workflow.move': (input, ctx) => {
    moveMatterStatus(ctx.core.db, ctx.actor, input, ctx.today);
    return workflowView(ctx.core.db, input.matterId, ctx.today);
  },
  'workflow.history': (input, ctx) => statusHistory(ctx.core.db, input.matterId),
  'workflow.queue': (input, ctx) => reviewerQueue(ctx.core.db, { ...input, today: input.today ?? ctx.today }),
  'workflow.deadlines': (input, ctx) => deadlinesOf(ctx.core.db, input.matterIds, input.today ?? ctx.today),
  'workflow.settings.get': (_input, ctx) => workflowSettingsView(ctx.core.db),
  'workflow.settings.set': (input, ctx) => saveWorkflowSettings(ctx.core.db, ctx.actor, input),
  'feedback.record': (input, ctx) => recordFeedback(ctx.core.db, ctx.actor, input),
  'feedback.list': (input, ctx) => listFeedback(ctx.core.db, input.matterId),
  'feedback.setAdoption': (input, ctx) => setOpinionAdoption(ctx.core.db, ctx.actor, input),
  'normative.list': (input, ctx) => listNormative(ctx.core.db, input),
  'normative.create': (input, ctx) => createNormative(ctx.core.db, ctx.actor, input, ctx.today),
  'normative.update': (input, ctx) => updateNormative(ctx.core.db, ctx.actor, input.id, input.fields),
  'normative.delete': (input, ctx) => deleteNormative(ctx.core.db, ctx.actor, input.id),
  'decisions.list': (input, ctx) => listDecisions(ctx.core.db, input.year),
  'decisions.create': (input, ctx) => createDecision(ctx.core.db, ctx.actor, input),
  'decisions.update': (input, ctx) => updateDecision(ctx.core.db, ctx.actor, input.id, input.fields),
  'decisions.delete': (input, ctx) => deleteDecision(ctx.core.db, ctx.actor, input.id),
  'decisions.setStep': (input, ctx) => setDecisionStep(ctx.core.db, ctx.actor, input),
};
