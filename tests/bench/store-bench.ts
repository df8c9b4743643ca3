/**
 * Store benchmark (issue 12).
 * - synchronous: the cost of a write (opinions.add through the router, one IMMEDIATE transaction) with
 *   synchronous=NORMAL against FULL, timed in alternating chunks on the same real file so machine load
 *   affects both alike. The program uses FULL (an issued letter's number must survive a power cut).
 * - backup and verified restore of an archive with 20,000 matters, each with a stored DOCX (distinct
 *   bytes) and its audit entry: time and MB/s for a plain backup, an encrypted one, and a restore
 *   (decrypt, integrity + foreign keys + every blob's SHA-256, swap in, open).
 */
import { createHash, randomBytes } from 'node:crypto';
import { contextAs } from '../support/accounts.js';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../main/api/router.js';
import { backupArchive } from '../../main/core/backup/backup-file.js';
import { restoreArchive } from '../../main/core/backup/restore.js';
import { openCore, type Core } from '../../main/core/core.js';
import { ensureReview } from '../../main/core/review/review-service.js';
import { DATABASE_FILE } from '../../main/core/store/open-database.js';
import { writeTransaction } from '../../main/core/store/write-transaction.js';
import { callAs } from '../support/approved-matter.js';
import { makeTempDir } from '../support/temp-dir.js';

const MATTERS = 20_000;
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'docx', 'zh-contract-guarantee-01.docx');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function benchSynchronous(): Promise<object> {
  const temp = makeTempDir();
  const core = await openCore(temp.dir);
  try {
    const matter = await callAs(core, 'bench', 'matters.create', { type: 'contract', title: '同步设置测量', submittingUnit: '县司法局', receivedOn: '2026-03-02' });
    ensureReview(core, 'bench', matter.id);
    const times: Record<'NORMAL' | 'FULL', number[]> = { NORMAL: [], FULL: [] };
    for (let round = 0; round < 6; round++) {
      for (const mode of ['NORMAL', 'FULL'] as const) {
        core.db.pragma(`synchronous = ${mode}`);
        for (let i = 0; i < 40; i++) {
          const t = performance.now();
          const r = await dispatch('opinions.add', { matterId: matter.id, text: `第${i}条意见：建议修改。`, severity: 'should', basis: null }, await contextAs(core, 'bench'));
          times[mode].push(performance.now() - t);
          if (!r.ok) throw new Error(r.error.message);
        }
      }
    }
    return {
      writes: times.FULL.length,
      normalMedianMs: round(median(times.NORMAL)),
      fullMedianMs: round(median(times.FULL)),
      ratio: round(median(times.FULL) / median(times.NORMAL)),
    };
  } finally {
    core.close();
    temp.remove();
  }
}

/** 20,000 matters, each with one stored DOCX (the fixture plus 16 distinct bytes) and an audit entry. */
function populate(core: Core): void {
  const docx = readFileSync(FIXTURE);
  const db = core.db;
  const now = new Date().toISOString();
  const insertMatter = db.prepare(
    `INSERT INTO matters (serial, serial_year, serial_no, type, title, submitting_unit, received_on, created_at, updated_at)
     VALUES (?, 2025, ?, 'contract', ?, '东风村民委员会', '2025-03-02', ?, ?)`,
  );
  const insertBlob = db.prepare('INSERT INTO blobs (sha256, size, data, created_at) VALUES (?, ?, ?, ?)');
  const insertDoc = db.prepare(
    `INSERT INTO documents (matter_id, role, version, file_name, format, media_type, size, sha256, html, text_chars, extractor, created_at, created_by)
     VALUES (?, 'submitted', 1, ?, 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ?, ?, ?, 2000, 'bench', ?, 'bench')`,
  );
  const insertAudit = db.prepare(`INSERT INTO audit_log (at, actor, action, entity, entity_id, after_json) VALUES (?, 'bench', 'matter.create', 'matter', ?, '{}')`);
  const html = '<p>担保合同</p>'.repeat(100);
  for (let start = 1; start <= MATTERS; start += 1000) {
    writeTransaction(db, () => {
      for (let n = start; n < start + 1000 && n <= MATTERS; n++) {
        const { lastInsertRowid } = insertMatter.run(`审2025-${String(n).padStart(5, '0')}`, n, `担保合同（第${n}号）`, now, now);
        const bytes = Buffer.concat([docx, randomBytes(16)]);
        const sha256 = createSha(bytes);
        insertBlob.run(sha256, bytes.length, bytes, now);
        insertDoc.run(lastInsertRowid, `担保合同${n}.docx`, bytes.length, sha256, html, now);
        insertAudit.run(now, lastInsertRowid);
      }
    });
  }
}

const createSha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function benchBackup(): Promise<object> {
  const temp = makeTempDir();
  const target = makeTempDir();
  try {
    const core = await openCore(join(temp.dir, 'data'));
    const t0 = performance.now();
    populate(core);
    const buildSeconds = (performance.now() - t0) / 1000;
    core.close();
    const file = join(temp.dir, 'data', DATABASE_FILE);
    const archiveMB = statSync(file).size / 1024 / 1024;
    const timed = async <T>(fn: () => Promise<T>) => {
      const t = performance.now();
      const value = await fn();
      return { value, seconds: (performance.now() - t) / 1000 };
    };
    const plain = await timed(() => backupArchive(file, join(temp.dir, 'plain.sqlite')));
    const encrypted = await timed(() => backupArchive(file, join(temp.dir, 'enc.rdbak'), { passphrase: '基准测试密码2026' }));
    const restore = await timed(() => restoreArchive(join(target.dir, 'data'), join(temp.dir, 'enc.rdbak'), { passphrase: '基准测试密码2026' }));
    const restorePlain = await timed(() => restoreArchive(join(target.dir, 'data2'), join(temp.dir, 'plain.sqlite')));
    const figure = (s: number) => ({ seconds: round(s, 1), MBps: round(archiveMB / s, 1) });
    return {
      matters: plain.value.figures.matters,
      documents: plain.value.figures.documents,
      archiveMB: round(archiveMB, 1),
      buildSeconds: round(buildSeconds, 1),
      backupVerified: figure(plain.seconds),
      backupEncryptedVerified: figure(encrypted.seconds),
      restoreEncryptedVerified: { ...figure(restore.seconds), matters: restore.value.figures.matters },
      restorePlainVerified: { ...figure(restorePlain.seconds), matters: restorePlain.value.figures.matters },
    };
  } finally {
    temp.remove();
    target.remove();
  }
}

export async function benchStore(): Promise<object> {
  return { synchronous: await benchSynchronous(), backup: await benchBackup() };
}
