/**
 * The statute store of a data folder: opened once per folder, built from the shipped snapshot on first
 * use (about 10 s and ~100 MB for the whole snapshot, so the doors run it in a worker thread with
 * progress — see build-worker.ts — while the CLI and tests may build in-line).
 */
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { defaultResourcesDir } from '../checklists/resources-dir.js';
import { AppError } from '../errors.js';
import { buildState } from './build-pool.js';
import { groupLawVersions } from './law-versions.js';
import { mergeSnapshot, type MergeReport, type Progress } from './merge-snapshot.js';
import { readShippedSnapshot, shippedCommit } from './snapshot-file.js';
import { openStatuteDb, statuteDbPath } from './statute-db.js';
import { openStores as open, readyStores as ready, resourcesFor } from './open-stores.js';

export { closeStatutes } from './open-stores.js';

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
  if (ready.has(dataDir)) return true;
  // While a worker builds the file, this thread keeps out of it (opening it could meet a half-made schema).
  if (buildState(dataDir)?.building) return false;
  if (!open.has(dataDir) && !existsSync(statuteDbPath(dataDir))) return false;
  const ok = hasShipped(handle(dataDir), resourcesFor.get(dataDir));
  if (ok) ready.add(dataDir);
  return ok;
}

/**
 * Whether the store holds this release's shipped snapshot. A store built by an older release (another
 * commit) is brought up to date by merging the new one, keeping its imports and old versions.
 */
function hasShipped(db: Database.Database, resourcesDir = defaultResourcesDir()): boolean {
  return (
    db.prepare("SELECT 1 FROM snapshots WHERE kind = 'shipped' AND commit_id = ? LIMIT 1").get(shippedCommit(resourcesDir)) !== undefined
  );
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
  if (hasShipped(db, resourcesDir)) return null;
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
  if (options.resourcesDir) resourcesFor.set(dataDir, options.resourcesDir);
  const db = handle(dataDir);
  if (!statutesReady(dataDir)) {
    buildFromShipped(db, resourcesFor.get(dataDir), options.progress);
    ready.add(dataDir);
  }
  return db;
}

/** The store when it is already built; a clear message otherwise (the doors build it in a worker first). */
export function readyStatuteDb(dataDir: string): Database.Database {
  if (!statutesReady(dataDir)) throw new AppError('statutes.not-ready', '法规库尚未建立，请先打开“法规库”页面等待初始化完成。');
  return handle(dataDir);
}
