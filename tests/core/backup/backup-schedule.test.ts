import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { contextAs } from '../../support/accounts.js';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { backupFileName, freeBackupPath, pruneAutomaticBackups } from '../../../main/core/backup/backup-folder.js';
import { startBackupScheduler } from '../../../main/core/backup/backup-scheduler.js';
import { readBackupInfo } from '../../../main/core/backup/backup-file.js';
import { runBackup } from '../../../main/core/backup/backup-service.js';
import { openCore, type Core } from '../../../main/core/core.js';
import type { Method, MethodInput } from '../../../shared/contract/index.js';
import { callAs } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));

async function archive(): Promise<{ core: Core; dir: string; usb: string }> {
  const t = makeTempDir();
  const usb = makeTempDir('review-desk-usb-');
  const core = await openCore(t.dir);
  cleanups.push(() => t.remove(), () => usb.remove(), () => core.close());
  await callAs(core, 'tester', 'matters.create', { type: 'contract', title: '某村租赁合同', submittingUnit: '东风村', receivedOn: '2026-03-02' });
  return { core, dir: t.dir, usb: usb.dir };
}

const call = async <M extends Method>(core: Core, method: M, input: MethodInput<M>) => dispatch(method, input, await contextAs(core, 'tester'));

describe('automatic backups and the backup page API', () => {
  it('a missed daily backup shows as overdue until one succeeds; a failure is reported with its reason', async () => {
    const { core, usb } = await archive();
    expect(await callAs(core, 'tester', 'backup.status', {})).toMatchObject({ overdue: false, lastSuccess: null, lastFailure: null });
    // The archive has had matters for two days and was never backed up.
    core.db.exec("UPDATE matters SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-2 days')");
    expect((await callAs(core, 'tester', 'backup.status', {})).overdue).toBe(true);

    const gone = join(usb, 'unplugged');
    mkdirSync(gone);
    await callAs(core, 'tester', 'backup.saveSettings', { folder: gone, keepDays: 7, daily: true });
    rmSync(gone, { recursive: true });
    writeFileSync(gone, 'a file where the folder was'); // the drive letter now points at something else
    const failed = await call(core, 'backup.run', {});
    expect(failed).toMatchObject({ ok: false, error: { code: 'backup.no-folder' } });
    const afterFailure = await callAs(core, 'tester', 'backup.status', {});
    expect(afterFailure.overdue).toBe(true);
    expect(afterFailure.lastFailure).toMatchObject({ kind: 'manual', ok: false, error: expect.stringContaining('备份文件夹不存在') });

    await callAs(core, 'tester', 'backup.saveSettings', { folder: usb, keepDays: 7, daily: true });
    const made = await callAs(core, 'tester', 'backup.run', {});
    expect(made).toMatchObject({ kind: 'manual', encrypted: false, figures: { matters: 1 } });
    expect(existsSync(made.file)).toBe(true);
    const status = await callAs(core, 'tester', 'backup.status', {});
    expect(status).toMatchObject({ overdue: false, lastFailure: null, folder: usb, lastSuccess: { ok: true, file: made.file } });
  });

  it('refuses a backup folder that does not exist, with a Chinese message', async () => {
    const { core, usb } = await archive();
    const result = await call(core, 'backup.saveSettings', { folder: join(usb, 'E盘', '备份'), keepDays: 30, daily: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'backup.no-folder', message: expect.stringContaining('文件夹不存在') } });
  });

  it('the scheduler makes the daily backup when it is due, into the chosen folder', async () => {
    const { core, usb } = await archive();
    await callAs(core, 'tester', 'backup.saveSettings', { folder: usb, keepDays: 30, daily: true });
    const stop = startBackupScheduler(core, { firstCheckAfterMs: 0, checkEveryMs: 50 });
    cleanups.push(stop);
    while ((core.db.prepare('SELECT count(*) AS n FROM backup_runs').get() as { n: number }).n === 0) {
      await new Promise((r) => setTimeout(r, 50));
    }
    stop();
    const list = await callAs(core, 'tester', 'backup.list', {});
    expect(list.items.filter((i) => i.kind === 'daily')).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ kind: 'daily', figures: { matters: 1 }, problem: null });
    expect((await callAs(core, 'tester', 'backup.status', {})).lastSuccess).toMatchObject({ kind: 'daily', ok: true });
  });

  it('prunes automatic backups older than the days kept, never the newest and never manual ones', () => {
    const dir = makeTempDir();
    cleanups.push(() => dir.remove());
    const day = 24 * 3600 * 1000;
    const now = Date.now();
    const make = (name: string, ageDays: number) => {
      writeFileSync(join(dir.dir, name), 'x');
      const t = new Date(now - ageDays * day);
      utimesSync(join(dir.dir, name), t, t);
      return name;
    };
    const recent = make(backupFileName('daily', false, new Date(now - 1 * day)), 1);
    const old = make(backupFileName('daily', true, new Date(now - 40 * day)), 40);
    const manualOld = make(backupFileName('manual', false, new Date(now - 90 * day)), 90);
    expect(pruneAutomaticBackups(dir.dir, 30, now)).toEqual([old]);
    expect(readdirSync(dir.dir).sort()).toEqual([manualOld, recent].sort());
    // Only old automatic backups left: the newest stays.
    rmSync(join(dir.dir, recent));
    const lonely = make(backupFileName('daily', false, new Date(now - 100 * day)), 100);
    expect(pruneAutomaticBackups(dir.dir, 30, now)).toEqual([]);
    expect(readdirSync(dir.dir)).toContain(lonely);
  });

  it('restore from the page: only a listed backup, checked, and put in place at once', async () => {
    const { core, dir, usb } = await archive();
    await callAs(core, 'tester', 'backup.saveSettings', { folder: usb, keepDays: 30, daily: true });
    const made = await callAs(core, 'tester', 'backup.run', { passphrase: '红花镇司法所2026' });
    expect(made.encrypted).toBe(true);
    await callAs(core, 'tester', 'matters.create', { type: 'contract', title: '备份之后登记', submittingUnit: '县教育局', receivedOn: '2026-03-03' });

    const elsewhere = join(dir, 'elsewhere.sqlite');
    expect(await call(core, 'backup.restore', { file: elsewhere })).toMatchObject({ ok: false, error: { code: 'backup.not-listed' } });
    expect(await call(core, 'backup.restore', { file: made.file, passphrase: '不是这个密码啊不是' })).toMatchObject({
      ok: false,
      error: { code: 'backup.wrong-passphrase' },
    });
    const restored = await callAs(core, 'tester', 'backup.restore', { file: made.file, passphrase: '红花镇司法所2026' });
    expect(restored).toMatchObject({ applied: true, figures: { matters: 1 } });
    // The same Core, reopened on the restored archive: no restart.
    expect((core.db.prepare('SELECT title FROM matters').all() as { title: string }[]).map((m) => m.title)).toEqual(['某村租赁合同']);
    expect((await callAs(core, 'tester', 'backup.status', {})).pendingRestore).toBeNull();
    expect(readdirSync(join(dir, 'backups')).some((n) => n.startsWith('before-restore-'))).toBe(true);
  });

  it('with an office passphrase the automatic backup is encrypted, the passphrase is never shown, and restore asks for it', async () => {
    const { core, usb } = await archive();
    const before = await callAs(core, 'tester', 'backup.saveSettings', { folder: usb, keepDays: 30, daily: true });
    expect(before.encrypted).toBe(false);
    const status = await callAs(core, 'tester', 'backup.saveSettings', { folder: usb, keepDays: 30, daily: true, passphrase: '红花镇备份口令2026' });
    expect(status.encrypted).toBe(true);
    expect(JSON.stringify(status)).not.toContain('红花镇备份口令2026');
    expect(JSON.stringify(core.db.prepare("SELECT after_json FROM audit_log WHERE action = 'settings.backup'").all())).not.toContain('红花镇备份口令2026');

    const daily = await runBackup(core, 'daily');
    expect(daily.encrypted).toBe(true);
    expect(readBackupInfo(daily.file)).toMatchObject({ encrypted: true, figures: { matters: 1 } });
    expect(await call(core, 'backup.restore', { file: daily.file })).toMatchObject({ ok: false, error: { code: 'backup.passphrase-required' } });
    expect(await callAs(core, 'tester', 'backup.restore', { file: daily.file, passphrase: '红花镇备份口令2026' })).toMatchObject({ applied: true });

    // Removing it: the next backups are plain again.
    const removed = await callAs(core, 'tester', 'backup.saveSettings', { folder: usb, keepDays: 30, daily: true, passphrase: null });
    expect(removed.encrypted).toBe(false);
    expect((await runBackup(core, 'manual')).encrypted).toBe(false);
  });

  it('two backups started in the same second each get their own file (the second was refused: 备份文件已存在)', async () => {
    const { core, usb } = await archive();
    await callAs(core, 'tester', 'backup.saveSettings', { folder: usb, keepDays: 30, daily: true });
    const first = await runBackup(core, 'manual');
    // Names of the next few seconds are taken already (office zone: China time by default), so the next
    // backup starts in a second that has a file, whatever the machine's speed.
    const now = Date.now();
    for (let s = 0; s < 30; s++) {
      const taken = join(usb, backupFileName('manual', false, new Date(now + s * 1000)));
      if (!existsSync(taken)) writeFileSync(taken, readFileSync(first.file));
    }
    const second = await runBackup(core, 'manual');
    expect(second.name).toMatch(/^review-desk-manual-\d{8}-\d{6}-2\.sqlite$/);
    expect(readBackupInfo(second.file)).toMatchObject({ encrypted: false, figures: { matters: 1 } });
    expect(freeBackupPath(usb, first.name)).not.toBe(first.file);
    const listed = await callAs(core, 'tester', 'backup.list', {});
    expect(listed.items.map((b) => b.name)).toContain(second.name);
  });
});
