/**
 * "The law changed" alerts: after an import, every opinion, checklist item and library entry citing an
 * article that was amended, moved or repealed gets an alert with both texts; issued letters of an
 * alerted opinion's matter are listed with it (the letters are not changed).
 */
import type Database from 'better-sqlite3';
import type { AlertTarget, StatuteAlert } from '../../../shared/contract/statutes.js';
import type { Core } from '../core.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { collectCiters, type Citer } from './cited-articles.js';
import type { ArticleChange } from './merge-snapshot.js';
import { diffTexts, findLaw, getArticle, listVersions, type DiffPart } from './statute-queries.js';
import { writeTransaction } from '../store/write-transaction.js';

function articleText(statutes: Database.Database, law: string, publish: string | null, key: string): string | null {
  if (publish === null) return null;
  const row = findLaw(statutes, law);
  const version = row ? listVersions(statutes, row.id).find((v) => v.publish === publish) : undefined;
  return version ? (getArticle(statutes, version.id, key)?.text ?? null) : null;
}

interface PlannedAlert {
  citer: Citer;
  change: ArticleChange;
  before: string | null;
  after: string | null;
}

/**
 * Who cites a changed article, with the article's text before and after — all the reading, done before
 * the write transaction so that it stays short.
 */
export function planAlerts(core: Core, statutes: Database.Database, changes: readonly ArticleChange[]): PlannedAlert[] {
  if (changes.length === 0) return [];
  const changed = new Map(changes.map((c) => [`${c.law}\u0000${c.key}`, c]));
  const citers = collectCiters(core, statutes);
  const texts = new Map<string, { before: string | null; after: string | null }>();
  const out: PlannedAlert[] = [];
  for (const citer of citers) {
    const seen = new Set<string>();
    for (const a of citer.articles) {
      const k = `${a.law}\u0000${a.key}`;
      const change = changed.get(k);
      if (!change || seen.has(k)) continue;
      seen.add(k);
      if (!texts.has(k)) {
        texts.set(k, {
          before: articleText(statutes, change.law, change.fromPublish, change.key),
          after: articleText(statutes, change.law, change.toPublish, change.key),
        });
      }
      out.push({ citer, change, ...texts.get(k)! });
    }
  }
  return out;
}

/** Writes planned alerts (one write transaction, or a savepoint inside the caller's). Returns how many. */
export function insertAlerts(core: Core, snapshot: string, planned: readonly PlannedAlert[]): number {
  if (planned.length === 0) return 0;
  const insert = prepared(
    core.db,
    `INSERT INTO statute_alerts (snapshot, target, target_ref, target_label, matter_id, law, article_key, article_label, change,
       from_version, to_version, before_text, after_text, created_at)
     VALUES (@snapshot, @target, @ref, @label, @matterId, @law, @key, @articleLabel, @change, @from, @to, @before, @after, @now)`,
  );
  const markLetters = prepared(
    core.db,
    'INSERT OR IGNORE INTO statute_alert_letters (alert_id, letter_id) SELECT ?, id FROM letters WHERE matter_id = ?',
  );
  const now = nowIso();
  writeTransaction(core.db, () => {
    for (const { citer, change, before, after } of planned) {
      const { lastInsertRowid } = insert.run({
        snapshot,
        target: citer.target,
        ref: citer.ref,
        label: citer.label,
        matterId: citer.matterId,
        law: change.law,
        key: change.key,
        articleLabel: change.label,
        change: change.change,
        from: change.fromPublish,
        to: change.toPublish,
        before,
        after,
        now,
      });
      if (citer.matterId !== null) markLetters.run(lastInsertRowid, citer.matterId);
    }
  });
  return planned.length;
}

/** Raises the alerts for the changes of one import; one short write transaction. Returns how many. */
export function raiseAlerts(core: Core, statutes: Database.Database, snapshot: string, changes: readonly ArticleChange[]): number {
  return insertAlerts(core, snapshot, planAlerts(core, statutes, changes));
}

interface AlertRow {
  id: number;
  target: AlertTarget;
  target_ref: string;
  target_label: string;
  matter_id: number | null;
  law: string;
  article_key: string;
  article_label: string;
  change: StatuteAlert['change'];
  from_version: string;
  to_version: string | null;
  created_at: string;
  seen_at: string | null;
  seen_by: string | null;
  letters: string | null;
}

export function listAlerts(db: Database.Database, includeSeen: boolean): { alerts: StatuteAlert[]; open: number } {
  const rows = prepared(
    db,
    `SELECT a.*, (SELECT group_concat(coalesce(l.number, '未编号 #' || l.id), char(10)) FROM statute_alert_letters x JOIN letters l ON l.id = x.letter_id
                  WHERE x.alert_id = a.id) AS letters
     FROM statute_alerts a ${includeSeen ? '' : 'WHERE a.seen_at IS NULL'} ORDER BY a.id DESC LIMIT 2000`,
  ).all() as AlertRow[];
  const { open } = prepared(db, 'SELECT count(*) AS open FROM statute_alerts WHERE seen_at IS NULL').get() as { open: number };
  return {
    open,
    alerts: rows.map((r) => ({
      id: r.id,
      target: r.target,
      targetRef: r.target_ref,
      targetLabel: r.target_label,
      matterId: r.matter_id,
      law: r.law,
      articleKey: r.article_key,
      articleLabel: r.article_label,
      change: r.change,
      fromVersion: r.from_version,
      toVersion: r.to_version,
      letterNumbers: r.letters ? r.letters.split('\n') : [],
      createdAt: r.created_at,
      seenAt: r.seen_at,
      seenBy: r.seen_by,
    })),
  };
}

export function alertDiff(db: Database.Database, id: number): { before: string | null; after: string | null; diff: DiffPart[] } {
  const row = prepared(db, 'SELECT before_text, after_text FROM statute_alerts WHERE id = ?').get(id) as
    | { before_text: string | null; after_text: string | null }
    | undefined;
  if (!row) throw new AppError('statutes.alert-not-found', '找不到该条法规变更提醒。');
  return { before: row.before_text, after: row.after_text, diff: diffTexts(row.before_text ?? '', row.after_text ?? '') };
}

/** The reviewer has looked at the change; kept with who and when. */
export function markAlertSeen(db: Database.Database, actor: string, id: number): void {
  const { changes } = prepared(db, 'UPDATE statute_alerts SET seen_at = ?, seen_by = ? WHERE id = ? AND seen_at IS NULL').run(nowIso(), actor, id);
  if (changes === 0 && !prepared(db, 'SELECT 1 FROM statute_alerts WHERE id = ?').get(id)) {
    throw new AppError('statutes.alert-not-found', '找不到该条法规变更提醒。');
  }
}
