import { alertDiff, listAlerts, markAlertSeen } from '../../core/statutes/alert-service.js';
import { finishPendingImports, importStatutes } from '../../core/statutes/import-service.js';
import { articleHistory, lawRead, lawSearch, lawShow, prepareStatutes, statuteStatus } from '../../core/statutes/law-service.js';
import { readyStatuteDb } from '../../core/statutes/statute-store.js';
import { citedVersions } from '../../core/statutes/opinion-citations.js';
import type { HandlerMap } from '../handler-map.js';

type StatuteMethod =
  | 'law.status'
  | 'law.prepare'
  | 'law.search'
  | 'law.show'
  | 'law.read'
  | 'law.history'
  | 'law.import'
  | 'law.alerts'
  | 'law.alertDiff'
  | 'law.alertSeen'
  | 'law.citedVersions';

/** The doors never build the statute store in-line (≈10 s): law.prepare starts a worker, the rest need it built. */
export const statuteHandlers: HandlerMap<StatuteMethod> = {
  'law.status': (_input, ctx) => statuteStatus(ctx.core.dataDir),
  'law.prepare': (_input, ctx) => prepareStatutes(ctx.core.dataDir),
  'law.search': (input, ctx) => lawSearch(readyStatuteDb(ctx.core.dataDir), input),
  'law.show': (input, ctx) => lawShow(readyStatuteDb(ctx.core.dataDir), input, ctx.today),
  'law.read': (input, ctx) => lawRead(readyStatuteDb(ctx.core.dataDir), input),
  'law.history': (input, ctx) => articleHistory(readyStatuteDb(ctx.core.dataDir), input),
  'law.import': (input, ctx) => importStatutes(ctx.core, ctx.actor, input.path),
  'law.alerts': (input, ctx) => {
    // The home page asks for the alerts first: an import cut off before its alerts were written ends here.
    finishPendingImports(ctx.core);
    return listAlerts(ctx.core.db, input.includeSeen);
  },
  'law.alertDiff': (input, ctx) => alertDiff(ctx.core.db, input.id),
  'law.citedVersions': (input, ctx) => citedVersions(ctx.core, input.matterId, ctx.today),
  'law.alertSeen': (input, ctx) => {
    markAlertSeen(ctx.core.db, ctx.actor, input.id);
    return { ok: true as const };
  },
};
