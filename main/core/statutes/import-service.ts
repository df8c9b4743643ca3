/**
 * `law import`: a newer snapshot in the LawRefBook/Laws layout (folder or ZIP) merged into the statute
 * store, then alerts for everything that cited a changed article.
 */
import path from 'node:path';
import type { LawImportResult } from '../../../shared/contract/statutes.js';
import { recordAudit } from '../audit.js';
import type { Core } from '../core.js';
import { AppError } from '../errors.js';
import { nowIso } from '../store/statements.js';
import { raiseAlerts } from './alert-service.js';
import { groupLawVersions } from './law-versions.js';
import { mergeSnapshot, type Progress } from './merge-snapshot.js';
import { readSnapshot } from './snapshot-source.js';
import { readyStatuteDb } from './statute-store.js';

/** The store must be built first (the doors build it in a worker; the CLI in-line). */
export function importStatutes(core: Core, actor: string, location: string, progress?: Progress): LawImportResult {
  const statutes = readyStatuteDb(core.dataDir);
  // Reading and parsing happen before anything is written: a bad folder changes nothing.
  const bundle = readSnapshot(location);
  const versions = groupLawVersions(bundle.entries);
  if (versions.length === 0) throw new AppError('statutes.empty-snapshot', '该法规快照中没有可导入的法规文本。');
  const label = `导入：${path.basename(location)}（${nowIso().slice(0, 10)}）`;
  const report = mergeSnapshot(statutes, versions, { label, source: location, commit: null, takenOn: null, kind: 'import' }, progress);
  const alerts = raiseAlerts(core, statutes, label, report.changes);
  const result = {
    added: report.added,
    replaced: report.replaced,
    unchanged: report.unchanged,
    changedArticles: report.changes.length,
    alerts,
  };
  recordAudit(core.db, { actor, action: 'law.import', entity: 'statutes', entityId: null, after: { location, ...result } });
  return result;
}
