/**
 * The statute store: its own SQLite file (`statutes.sqlite3`) in the data folder, built on first use from
 * the shipped snapshot (resources/statutes/) and grown by `law import`. It is reference data, kept apart
 * from the archive so the archive and its backups stay small; what an opinion cited (version, text and
 * its hash) is copied into the archive itself, so past opinions never depend on this file.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { writeTransaction } from '../store/write-transaction.js';

/** Bump when the schema below changes: an older file is then rebuilt from the shipped snapshot. */
export const STATUTE_SCHEMA_VERSION = 1;
export const STATUTE_DB_FILE = 'statutes.sqlite3';

const SCHEMA = `
CREATE TABLE snapshots (
  id          INTEGER PRIMARY KEY,
  label       TEXT NOT NULL,
  source      TEXT NOT NULL,
  commit_id   TEXT,
  taken_on    TEXT,
  kind        TEXT NOT NULL CHECK (kind IN ('shipped', 'import')),
  imported_at TEXT NOT NULL
);
CREATE TABLE laws (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL UNIQUE,
  title  TEXT NOT NULL,
  level  TEXT NOT NULL,
  folder TEXT NOT NULL,
  -- lawLookupKey() of the name and of the newest title, for finding a law however it is written.
  name_key  TEXT NOT NULL,
  title_key TEXT NOT NULL,
  -- The version whose articles are in article_index (the newest one).
  indexed_version_id INTEGER
);
-- One row per published version. publish '' when the source gives no date (its only version).
CREATE TABLE versions (
  id          INTEGER PRIMARY KEY,
  law_id      INTEGER NOT NULL REFERENCES laws (id),
  publish     TEXT NOT NULL,
  effective   TEXT,
  effective_source TEXT NOT NULL,
  expired     INTEGER NOT NULL CHECK (expired IN (0, 1)),
  title       TEXT NOT NULL,
  history     TEXT NOT NULL,
  preamble    TEXT NOT NULL,
  files       TEXT NOT NULL,
  -- Part names of a law split across files (民法典's 编), one per line; '' for a single file.
  parts       TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),
  UNIQUE (law_id, publish)
);
CREATE TABLE articles (
  id         INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  num        INTEGER NOT NULL,
  sub        INTEGER NOT NULL,
  key        TEXT NOT NULL,
  label      TEXT NOT NULL,
  chapter    TEXT NOT NULL,
  text       TEXT NOT NULL,
  hash       TEXT NOT NULL
);
CREATE INDEX articles_version ON articles (version_id, seq);
CREATE INDEX articles_key ON articles (version_id, key);
-- Articles of each law's newest version only (older versions are read through the version list).
-- Tokens as in the document search (main/core/search/search-text.ts), so 1- and 2-character queries work.
CREATE VIRTUAL TABLE article_index USING fts5 (
  body, content = '', contentless_delete = 1, tokenize = 'ascii', prefix = '1'
);
CREATE INDEX laws_name_key ON laws (name_key);
CREATE INDEX laws_title_key ON laws (title_key);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/**
 * An import whose statute text is merged but whose alerts are not yet written to the archive (a second
 * SQLite file, so the two cannot commit together). The merge writes this row in its own transaction;
 * the alerts, the archive's record of the import and its audit entry are written in one archive
 * transaction; then the row is deleted. A crash in between leaves the row, and the next import or alert
 * listing finishes the job (main/core/statutes/import-service.ts). Created on every open, so stores
 * built before it existed gain it without a rebuild (a rebuild would drop their imports).
 */
const PENDING_IMPORTS = `
CREATE TABLE IF NOT EXISTS pending_imports (
  import_id    TEXT PRIMARY KEY,
  snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id),
  label        TEXT NOT NULL,
  source       TEXT NOT NULL,
  actor        TEXT NOT NULL,
  result_json  TEXT NOT NULL,
  changes_json TEXT NOT NULL,
  created_at   TEXT NOT NULL
);
`;

export function statuteDbPath(dataDir: string): string {
  return path.join(dataDir, STATUTE_DB_FILE);
}

/** Opens (creating or resetting when its schema is outdated) the statute store file. */
export function openStatuteDb(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== STATUTE_SCHEMA_VERSION) {
    // Reference data only: an old layout is dropped and rebuilt from the shipped snapshot.
    writeTransaction(db, () => {
      const tables = db.prepare(`SELECT name, type FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'article_index_%'`).all() as { name: string }[];
      for (const t of tables) db.exec(`DROP TABLE IF EXISTS "${t.name.replace(/"/g, '""')}"`);
      db.exec(SCHEMA);
      db.pragma(`user_version = ${STATUTE_SCHEMA_VERSION}`);
    });
  }
  db.exec(PENDING_IMPORTS);
  return db;
}
