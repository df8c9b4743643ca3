import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { AppError } from '../errors.js';
import { writeTransaction } from './write-transaction.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/** The folder of numbered SQL files; copied next to the compiled module by the build. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Reads `NNNN-name.sql` files in version order. Numbers leave gaps (steps of 10) for later inserts. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: MIGRATION_FILE.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: readFileSync(`${dir}/${file}`, 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  const versions = new Set(migrations.map((m) => m.version));
  if (versions.size !== migrations.length) throw new Error(`duplicate migration number in ${dir}`);
  return migrations;
}

export function latestVersion(migrations: Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Migrations newer than the database, or a clear refusal when the database is from a newer program. */
export function pendingMigrations(db: Database.Database, migrations: Migration[]): Migration[] {
  const current = schemaVersion(db);
  const latest = latestVersion(migrations);
  if (current > latest) {
    throw new AppError(
      'store.too-new',
      `数据库版本（${current}）比本程序支持的版本（${latest}）新，请升级合法性审查工作台后再打开。`,
    );
  }
  return migrations.filter((m) => m.version > current);
}

/**
 * Applies the migrations the database still needs in one IMMEDIATE transaction, so a failure leaves
 * the database exactly at its old version. The version is read again once the write lock is held:
 * another process may have migrated the same new folder while this one waited, and then there is
 * nothing left to do. `upTo` stops early (tests build databases at every earlier version this way).
 */
export function applyMigrations(db: Database.Database, migrations: Migration[], upTo = Infinity): number {
  // A step that rebuilds a table other tables refer to (SQLite's way to change a CHECK) must run with
  // foreign keys off, or dropping the old table would cascade-delete its children. The switch only
  // works outside a transaction, so it is set before and restored after; the rebuilt references are
  // checked inside the transaction, so a step that broke one rolls back whole.
  const rebuilds = pendingMigrations(db, migrations).some((m) => m.version <= upTo && REBUILDS_TABLE.test(m.sql));
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  if (rebuilds) db.pragma('foreign_keys = OFF');
  let applied: number;
  try {
    applied = writeTransaction(db, () => {
      const steps = pendingMigrations(db, migrations).filter((m) => m.version <= upTo);
      for (const step of steps) {
        db.exec(step.sql);
        db.pragma(`user_version = ${step.version}`);
      }
      if (rebuilds && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
        throw new Error('a migration left rows whose references point nowhere');
      }
      return steps.length;
    });
  } finally {
    if (rebuilds) db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  if (applied > 0) db.pragma('optimize');
  return schemaVersion(db);
}

/** The marker a migration file carries when it rebuilds a table (see applyMigrations). */
const REBUILDS_TABLE = /^-- migration: rebuilds-table$/m;
