import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../main/core/store/open-database.js';
import {
  applyMigrations,
  latestVersion,
  loadMigrations,
  pendingMigrations,
  schemaVersion,
} from '../../../main/core/store/migrations.js';
import { makeTempDir } from '../../support/temp-dir.js';

const migrations = loadMigrations();
const latest = latestVersion(migrations);
const FIXTURE_DBS = join(import.meta.dirname, '..', '..', 'fixtures', 'db');

/** The schema as SQLite stores it, in a stable order, for snapshots and comparisons. */
function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[];
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql};`).join('\n\n') + '\n';
}

/** What each committed fixture archive holds (see tests/fixtures/db/make-schema-60.ts for the newer one). */
const FIXTURE_CONTENT: Record<string, { matters: { serial: string; title: string }[]; auditEntries: number }> = {
  'schema-10.sqlite': {
    matters: [
      { serial: '审2024-0001', title: '东风村村规民约（修订稿）' },
      { serial: '审2024-0002', title: '关于加强农村宅基地管理的通知' },
    ],
    auditEntries: 2,
  },
  'schema-60.sqlite': { matters: [{ serial: '审2026-0001', title: '林地承包合同' }], auditEntries: 4 },
  'schema-120.sqlite': {
    matters: [
      { serial: '审2026-0001', title: '东风村房屋租赁合同' },
      { serial: '审2026-0002', title: '企业技术创新专项资金管理办法' },
    ],
    auditEntries: 5,
  },
};

const temps: { remove(): void }[] = [];
function tempDir(): string {
  const t = makeTempDir();
  temps.push(t);
  return t.dir;
}
afterEach(() => temps.splice(0).forEach((t) => t.remove()));

describe('migrations', () => {
  it('are numbered, ordered and unique', () => {
    expect(migrations.length).toBeGreaterThan(0);
    const versions = migrations.map((m) => m.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('bring an empty database to the latest version with WAL and foreign keys on', async () => {
    const dir = tempDir();
    const db = await openDatabase(dir);
    expect(schemaVersion(db)).toBe(latest);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it('upgrade a database from every earlier version to the latest, keeping its data', async () => {
    for (const step of migrations.slice(0, -1)) {
      const dir = tempDir();
      const old = await openDatabase(dir, { migrateUpTo: step.version });
      expect(schemaVersion(old)).toBe(step.version);
      old
        .prepare(
          `INSERT INTO matters (serial, serial_year, serial_no, type, title, submitting_unit, received_on, created_at, updated_at)
           VALUES ('审2024-0001', 2024, 1, 'village.rules', '旧版本中的事项', '东风村', '2024-03-01', 'x', 'x')`,
        )
        .run();
      old.close();
      const upgraded = await openDatabase(dir);
      expect(schemaVersion(upgraded)).toBe(latest);
      expect(upgraded.prepare('SELECT title FROM matters').all()).toEqual([{ title: '旧版本中的事项' }]);
      // A backup was taken before the upgrade.
      expect(readdirSync(join(dir, 'backups')).length).toBe(1);
      upgraded.close();
    }
  });

  it('keep the OCR page and confidence of blocks through the later rebuild of document_blocks (schema 170), and count them (schema 200)', async () => {
    const dir = tempDir();
    const old = await openDatabase(dir, { migrateUpTo: 160 });
    expect(schemaVersion(old)).toBe(160);
    old
      .prepare(
        `INSERT INTO matters (id, serial, serial_year, serial_no, type, title, submitting_unit, received_on, created_at, updated_at)
         VALUES (1, '审2026-0001', 2026, 1, 'village.rules', '扫描件事项', '东风村', '2026-03-01', 'x', 'x')`,
      )
      .run();
    const sha = 'a'.repeat(64);
    old.prepare("INSERT INTO blobs (sha256, size, data, created_at) VALUES (?, 3, X'010203', 'x')").run(sha);
    old
      .prepare(
        `INSERT INTO documents (id, matter_id, role, version, file_name, format, media_type, size, sha256, html, text_chars, extractor, created_at, created_by)
         VALUES (1, 1, 'submitted', 1, '扫描件.jpg', 'image', 'image/jpeg', 3, ?, '<p>x</p>', 4, 'ocr', 'x', 'x')`,
      )
      .run(sha);
    const block = old.prepare('INSERT INTO document_blocks (document_id, idx, kind, text, ocr_page, ocr_confidence) VALUES (1, ?, ?, ?, ?, ?)');
    block.run(0, 'paragraph', '第一行', 1, 0.91);
    block.run(1, 'paragraph', '第二行', 2, 0.37);
    old.close();
    const upgraded = await openDatabase(dir);
    expect(schemaVersion(upgraded)).toBe(latest);
    expect(upgraded.prepare('SELECT idx, text, ocr_page, ocr_confidence FROM document_blocks ORDER BY idx').all()).toEqual([
      { idx: 0, text: '第一行', ocr_page: 1, ocr_confidence: 0.91 },
      { idx: 1, text: '第二行', ocr_page: 2, ocr_confidence: 0.37 },
    ]);
    expect(() =>
      upgraded.prepare("INSERT INTO document_blocks (document_id, idx, kind, text, ocr_page, ocr_confidence) VALUES (1, 2, 'paragraph', 'x', 1, 1.5)").run(),
    ).toThrow(/CHECK/);
    // Schema 200 stores each document's number of blocks, counted once at the upgrade.
    expect(upgraded.prepare('SELECT block_count FROM documents WHERE id = 1').pluck().get()).toBe(2);
    upgraded.close();
  });

  it('upgrade the committed database of every released schema with its data intact', async () => {
    const fixtures = readdirSync(FIXTURE_DBS).filter((f) => /^schema-\d+\.sqlite$/.test(f));
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      const dir = tempDir();
      copyFileSync(join(FIXTURE_DBS, fixture), join(dir, DATABASE_FILE));
      const db = await openDatabase(dir);
      expect(schemaVersion(db)).toBe(latest);
      const matters = db.prepare('SELECT serial, title FROM matters ORDER BY id').all();
      expect(matters, fixture).toEqual(FIXTURE_CONTENT[fixture]!.matters);
      expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: FIXTURE_CONTENT[fixture]!.auditEntries });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  });

  it('refuse a database made by a newer program, with a Chinese message, and leave it alone', async () => {
    const dir = tempDir();
    const raw = new Database(join(dir, DATABASE_FILE));
    raw.pragma(`user_version = ${latest + 1000}`);
    raw.close();
    await expect(openDatabase(dir)).rejects.toMatchObject({ code: 'store.too-new', message: expect.stringContaining('请升级') });
    const again = new Database(join(dir, DATABASE_FILE));
    expect(schemaVersion(again)).toBe(latest + 1000);
    again.close();
  });

  it('roll back a failing migration completely', () => {
    const dir = tempDir();
    const migrationsDir = join(dir, 'migrations');
    mkdirSync(migrationsDir);
    writeFileSync(join(migrationsDir, '0010-ok.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(join(migrationsDir, '0020-bad.sql'), 'CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);');
    const db = new Database(join(dir, 'x.sqlite'));
    const list = loadMigrations(migrationsDir);
    expect(() => applyMigrations(db, pendingMigrations(db, list))).toThrow(/nowhere/);
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([]);
    db.close();
  });

  it('match the schema snapshot (update deliberately with `npx vitest -u` when adding a migration)', async () => {
    const dir = tempDir();
    const db = await openDatabase(dir);
    await expect(schemaOf(db)).toMatchFileSnapshot(join(FIXTURE_DBS, 'schema-snapshot.sql'));
    db.close();
  });
});

describe('released schema fixtures', () => {
  it('exist for the first released schema', () => {
    expect(existsSync(join(FIXTURE_DBS, 'schema-10.sqlite'))).toBe(true);
  });
});
