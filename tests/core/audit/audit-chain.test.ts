import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/core.js';
import { recordAudit, verifyAuditChain } from '../../../main/core/audit.js';
import { DATABASE_FILE } from '../../../main/core/store/open-database.js';
import { callAs } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';

const bin = join(import.meta.dirname, '..', '..', '..', 'main', 'cli', 'bin.js');
const temp = makeTempDir();
afterAll(() => temp.remove());

/** An archive with a few real audit entries, closed, in its own folder. */
async function archiveWithHistory(name: string): Promise<string> {
  const dir = join(temp.dir, name);
  const core = await openCore(dir);
  await callAs(core, '王审查', 'matters.create', { type: 'village.rules', title: '东风村村规民约', submittingUnit: '东风村民委员会', receivedOn: '2026-11-02' });
  await callAs(core, '王审查', 'matters.create', { type: 'contract', title: '林地承包合同', submittingUnit: '西湖村民委员会', receivedOn: '2026-11-03' });
  recordAudit(core.db, { actor: '王审查', action: 'matter.status', entity: 'matter', entityId: 1, after: { to: 'in-review' } });
  expect(verifyAuditChain(core.db)).toMatchObject({ ok: true, firstBroken: null });
  core.close();
  return dir;
}

/** Tampers the way someone holding the file would: drop the guard triggers, then change the rows. */
function tamper(dir: string, sql: string): void {
  const db = new Database(join(dir, DATABASE_FILE));
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  db.exec(sql);
  db.exec(`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
           CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;`);
  db.close();
}

function doctor(dir: string) {
  const out = spawnSync(process.execPath, [bin, 'doctor', '--data', dir, '--json'], { encoding: 'utf8' });
  return { status: out.status, report: JSON.parse(out.stdout) as { auditChain: { ok: boolean; firstBroken: { id: number; reason: string } | null } } };
}

function readChain(dir: string) {
  const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
  try {
    return verifyAuditChain(db);
  } finally {
    db.close();
  }
}

describe('the audit chain', () => {
  it('is refused by the triggers for plain edits and deletions', async () => {
    const dir = await archiveWithHistory('plain');
    const db = new Database(join(dir, DATABASE_FILE));
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE id = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
    // The one update the trigger lets through (sealing an unsealed row) cannot change content either.
    expect(() => db.prepare("UPDATE audit_log SET hash = 'x', prev_hash = 'y', actor = 'z' WHERE id = 2").run()).toThrow(/append-only/);
    db.close();
  });

  it('names the edited entry after the triggers were dropped and re-created', async () => {
    const dir = await archiveWithHistory('edit');
    tamper(dir, "UPDATE audit_log SET actor = '李所长' WHERE id = 3");
    expect(readChain(dir).firstBroken).toEqual({ id: 3, reason: '记录内容与其哈希不符（内容被修改）' });
    const { status, report } = doctor(dir);
    expect(status).toBe(1);
    expect(report.auditChain.firstBroken?.id).toBe(3);
  });

  it('names the gap left by a deleted entry', async () => {
    const dir = await archiveWithHistory('delete');
    const total = readChain(dir).entries;
    tamper(dir, 'DELETE FROM audit_log WHERE id = 2');
    const chain = readChain(dir);
    expect(chain.entries).toBe(total - 1);
    expect(chain.firstBroken).toMatchObject({ id: 3, reason: expect.stringContaining('缺失') });
  });

  it('names an inserted entry, even one given a plausible hash', async () => {
    const dir = await archiveWithHistory('insert');
    tamper(
      dir,
      `UPDATE audit_log SET id = id + 100 WHERE id >= 3;
       INSERT INTO audit_log (id, at, actor, action, entity, entity_id, prev_hash, hash)
         SELECT 3, at, actor, 'matter.create', 'matter', 99, hash, hash FROM audit_log WHERE id = 2;`,
    );
    expect(readChain(dir).firstBroken?.id).toBe(3);
  });

  it('notices dropped guard triggers even when every row is intact', async () => {
    const dir = await archiveWithHistory('triggers');
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.close();
    expect(readChain(dir)).toMatchObject({ ok: false, firstBroken: { reason: expect.stringContaining('audit_log_no_delete') } });
  });

  it('seals the entries of an archive made before the chain existed, keeping their names as recorded', async () => {
    const dir = join(temp.dir, 'legacy');
    mkdirSync(dir);
    copyFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'db', 'schema-60.sqlite'), join(dir, DATABASE_FILE));
    const core = await openCore(dir);
    try {
      const chain = verifyAuditChain(core.db);
      expect(chain.ok).toBe(true);
      expect(chain.entries).toBeGreaterThan(3);
      const names = await callAs(core, 'admin1', 'audit.query', { limit: 100 });
      const legacy = names.items.filter((i) => i.userId === null && i.actor !== 'system');
      expect(legacy.length).toBeGreaterThan(0);
      expect(legacy.every((i) => i.actorName === `（未关联账号）${i.actor}`)).toBe(true);
      // The review recorded with typed names shows them as they were.
      const { review } = await callAs(core, 'admin1', 'review.start', { matterId: 1 });
      expect(review.signoffs.map((s) => s.actorName)).toEqual(['（未关联账号）王立新', '（未关联账号）赵所长']);
      expect(review.signoffs.map((s) => s.signatureName)).toEqual(['王立新', '赵所长']);
      // A name recorded before accounts existed cannot be taken as a login.
      const taken = await callAs(core, 'admin1', 'accounts.create', { login: '王立新', displayName: '王立新', roles: ['reviewer'], unit: null, password: 'Review2026!' }).catch((e: Error) => e.message);
      expect(taken).toContain('account.login-legacy');
    } finally {
      core.close();
    }
  });

  it('keeps a new data folder private to its owner', async () => {
    if (process.platform === 'win32') return;
    const dir = join(temp.dir, 'private', 'archive');
    const core = await openCore(dir);
    core.close();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, DATABASE_FILE)).mode & 0o777).toBe(0o600);
  });
});
