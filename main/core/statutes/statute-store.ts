/**
 * The statute store of a data folder: opened once per folder, built from the shipped snapshot on first
 * use (about 10 s and ~100 MB for the whole snapshot, so the doors run it in a worker thread with
 * progress — see build-worker.ts — while the CLI and tests may build in-line).
 */
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { defaultResourcesDir } from '../checklists/resources-dir.js';
import { AppError } from '../errors.js';
import { groupLawVersions } from './law-versions.js';
import { mergeSnapshot, type MergeReport, type Progress } from './merge-snapshot.js';
import { readShippedSnapshot } from './snapshot-file.js';
import { openStatuteDb, statuteDbPath } from './statute-db.js';

const open = new Map<string, Database.Database>();

export interface SnapshotRow {
  id: number;
  label: string;
  source: string;
  commit_id: string | null;
  taken_on: string | null;
  kind: 'shipped' | 'import';
  imported_at: string;
}

export function listSnapshots(db: Database.Database): SnapshotRow[] {
  return db.prepare('SELECT * FROM snapshots ORDER BY id').all() as SnapshotRow[];
}

/** True once the store of this folder holds the shipped snapshot. */
export function statutesReady(dataDir: string): boolean {
  const db = open.get(dataDir);
  if (db) return hasShipped(db);
  if (!existsSync(statuteDbPath(dataDir))) return false;
  return hasShipped(handle(dataDir));
}

function hasShipped(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM snapshots WHERE kind = 'shipped' LIMIT 1").get() !== undefined;
}

function handle(dataDir: string): Database.Database {
  let db = open.get(dataDir);
  if (!db || !db.open) {
    db = openStatuteDb(statuteDbPath(dataDir));
    open.set(dataDir, db);
  }
  return db;
}

/** Loads the shipped snapshot into a store that lacks it (a no-op otherwise). */
export function buildFromShipped(db: Database.Database, resourcesDir = defaultResourcesDir(), progress?: Progress): MergeReport | null {
  if (hasShipped(db)) return null;
  const shipped = readShippedSnapshot(resourcesDir);
  const versions = groupLawVersions(shipped.entries);
  return mergeSnapshot(
    db,
    versions,
    {
      label: `LawRefBook/Laws ${shipped.source.commit.slice(0, 7)}（${shipped.source.date}）`,
      source: shipped.source.repository,
      commit: shipped.source.commit,
      takenOn: shipped.source.date,
      kind: 'shipped',
    },
    progress,
  );
}

/** The store of a data folder, building it in-line when needed (CLI, tests). */
export function statuteDb(dataDir: string, options: { resourcesDir?: string; progress?: Progress } = {}): Database.Database {
  const db = handle(dataDir);
  buildFromShipped(db, options.resourcesDir, options.progress);
  return db;
}

/** The store when it is already built; a clear message otherwise (the doors build it in a worker first). */
export function readyStatuteDb(dataDir: string): Database.Database {
  if (!statutesReady(dataDir)) throw new AppError('statutes.not-ready', '法规库尚未建立，请先打开“法规库”页面等待初始化完成。');
  return handle(dataDir);
}

export function closeStatutes(dataDir: string): void {
  const db = open.get(dataDir);
  open.delete(dataDir);
  if (db?.open) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
}
