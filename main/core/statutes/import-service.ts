/**
 * `law import`: a newer snapshot in the LawRefBook/Laws layout (folder or ZIP) merged into the statute
 * store, then alerts for everything that cited a changed article.
 *
 * The statute text and the alerts live in two SQLite files, which cannot commit together. So the merge
 * records the import as pending in the statute store (same transaction as the text); the alerts, the
 * archive's `statute_imports` row and the audit entry then commit together in the archive; then the
 * pending row goes. An import cut off anywhere leaves either nothing (merge not committed) or a pending
 * row that the next import or alert listing finishes — exactly once, as the archive row says whether
 * the alerts were already written.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { LawImportResult } from '../../../shared/contract/statutes.js';
import { recordAudit } from '../audit.js';
import type { Core } from '../core.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';
import { insertAlerts, planAlerts } from './alert-service.js';
import { groupLawVersions } from './law-versions.js';
import { mergeSnapshot, type ArticleChange, type Progress } from './merge-snapshot.js';
import { readSnapshot } from './snapshot-source.js';
import { readyStatuteDb, statutesReady } from './statute-store.js';

interface PendingRow {
  import_id: string;
  label: string;
  source: string;
  actor: string;
  result_json: string;
  changes_json: string;
}

/** Test seams: run between the steps (a test kills the process there). */
export interface ImportHooks {
  afterMerge?: () => void;
  afterAlerts?: () => void;
}

/** Writes the alerts of one merged import to the archive (once) and clears its pending mark. */
function finishImport(core: Core, statutes: Database.Database, p: PendingRow, hooks: ImportHooks = {}): LawImportResult {
  const result = JSON.parse(p.result_json) as Omit<LawImportResult, 'alerts'>;
  const done = () => prepared(core.db, 'SELECT alerts FROM statute_imports WHERE import_id = ?').get(p.import_id) as { alerts: number } | undefined;
  let alerts = done()?.alerts;
  if (alerts === undefined) {
    const planned = planAlerts(core, statutes, JSON.parse(p.changes_json) as ArticleChange[]);
    alerts = writeTransaction(core.db, () => {
      // Another process may have finished it meanwhile (two windows opening the alert list).
      const already = done();
      if (already) return already.alerts;
      const n = insertAlerts(core, p.label, planned);
      prepared(core.db, 'INSERT INTO statute_imports (import_id, label, source, alerts, finished_at) VALUES (?, ?, ?, ?, ?)').run(
        p.import_id, p.label, p.source, n, nowIso(),
      );
      recordAudit(core.db, { actor: p.actor, action: 'law.import', entity: 'statutes', entityId: null, after: { location: p.source, ...result, alerts: n } });
      return n;
    });
  }
  hooks.afterAlerts?.();
  statutes.prepare('DELETE FROM pending_imports WHERE import_id = ?').run(p.import_id);
  return { ...result, alerts };
}

/**
 * Finishes imports that were interrupted after their statute text was merged (the process was killed,
 * the archive was busy). A no-op while the statute store is not built. Returns how many it finished.
 */
export function finishPendingImports(core: Core): number {
  if (!statutesReady(core.dataDir)) return 0;
  const statutes = readyStatuteDb(core.dataDir);
  const pending = statutes.prepare('SELECT * FROM pending_imports ORDER BY snapshot_id').all() as PendingRow[];
  for (const p of pending) finishImport(core, statutes, p);
  return pending.length;
}

/** The store must be built first (the doors build it in a worker; the CLI in-line). */
export function importStatutes(core: Core, actor: string, location: string, progress?: Progress, hooks: ImportHooks = {}): LawImportResult {
  const statutes = readyStatuteDb(core.dataDir);
  finishPendingImports(core);
  // Reading and parsing happen before anything is written: a bad folder changes nothing.
  const bundle = readSnapshot(location);
  const versions = groupLawVersions(bundle.entries);
  if (versions.length === 0) throw new AppError('statutes.empty-snapshot', '该法规快照中没有可导入的法规文本。');
  const label = `导入：${path.basename(location)}（${nowIso().slice(0, 10)}）`;
  const importId = randomUUID();
  let pending: PendingRow | undefined;
  mergeSnapshot(statutes, versions, { label, source: location, commit: null, takenOn: null, kind: 'import' }, progress, (report) => {
    const result = { added: report.added, replaced: report.replaced, unchanged: report.unchanged, changedArticles: report.changes.length };
    pending = { import_id: importId, label, source: location, actor, result_json: JSON.stringify(result), changes_json: JSON.stringify(report.changes) };
    statutes
      .prepare(
        `INSERT INTO pending_imports (import_id, snapshot_id, label, source, actor, result_json, changes_json, created_at)
         VALUES (@import_id, @snapshot, @label, @source, @actor, @result_json, @changes_json, @now)`,
      )
      .run({ ...pending, snapshot: report.snapshotId, now: nowIso() });
  });
  hooks.afterMerge?.();
  return finishImport(core, statutes, pending!, hooks);
}
