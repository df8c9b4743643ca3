import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveOfficeTimeZone } from '../../main/core/clock.js';
import { openDatabase } from '../../main/core/store/open-database.js';
import { makeTempDir } from '../support/temp-dir.js';
import { runBackup } from '../../main/core/backup/backup-service.js';
import { backupFileName } from '../../main/core/backup/backup-folder.js';
import { describeBackup } from '../../main/cli/commands/backup.js';
import { dayStartInZone, dateInZone, fileStampInZone, formatInstant } from '../../shared/domain/office-time.js';
import { callAs } from '../support/approved-matter.js';
import { tempCore } from '../support/core.js';
import { processInTimeZone } from '../support/process-time-zone.js';

/*
 * Issue 20, one clock: stored instants (UTC) are shown and named in the office's time zone, never the
 * machine's. The zones are far from UTC and from each other (Kiritimati is UTC+14, Pago Pago UTC−11,
 * neither with daylight saving), and the process runs in a third zone (Los Angeles), so reading the PC's
 * zone anywhere would show. Expected texts are computed by shifting the UTC instant by the fixed offset.
 */

const KIRITIMATI = 'Pacific/Kiritimati';
const PAGO_PAGO = 'Pacific/Pago_Pago';
/** 'YYYY-MM-DD HH:mm:ss' of an instant shifted by a fixed number of hours (the oracle). */
const shifted = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

processInTimeZone('America/Los_Angeles');

describe('the shared office-time helper', () => {
  it('formats an instant in the given zone, not the machine zone', () => {
    const at = '2026-12-31T10:30:05.000Z';
    expect(formatInstant(at, KIRITIMATI)).toBe('2027-01-01 00:30');
    expect(formatInstant(at, KIRITIMATI, { seconds: true })).toBe('2027-01-01 00:30:05');
    expect(formatInstant(at, PAGO_PAGO)).toBe('2026-12-30 23:30');
    expect(formatInstant(at)).toBe('2026-12-31 18:30'); // China time is the default
    expect(dateInZone(at, KIRITIMATI)).toBe('2027-01-01');
    expect(fileStampInZone(at, KIRITIMATI)).toBe('20270101-003005');
    // Midnight is 00, never 24.
    expect(formatInstant('2026-06-30T16:00:00Z', 'Asia/Shanghai')).toBe('2026-07-01 00:00');
    // Text that is not an instant stays visible as it is.
    expect(formatInstant('不是时间', KIRITIMATI)).toBe('不是时间');
  });

  it('finds where an office day begins, across daylight saving too', () => {
    expect(dayStartInZone('2026-03-01', KIRITIMATI)).toBe('2026-02-28T10:00:00.000Z');
    expect(dayStartInZone('2026-03-01', PAGO_PAGO)).toBe('2026-03-01T11:00:00.000Z');
    expect(dayStartInZone('2026-03-01', 'Asia/Shanghai')).toBe('2026-02-28T16:00:00.000Z');
    expect(dayStartInZone('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z'); // the day DST starts
    expect(dayStartInZone('2026-11-01', 'America/New_York')).toBe('2026-11-01T04:00:00.000Z'); // the day DST ends
  });
});

describe('stored timestamps in the office zone, end to end through the core', () => {
  let env: Awaited<ReturnType<typeof tempCore>>;
  beforeAll(async () => {
    env = await tempCore();
    await callAs(env.core, 'admin1', 'system.clock.set', { timeZone: KIRITIMATI });
    await callAs(env.core, '王审查', 'matters.create', { type: 'contract', title: '东风村房屋租赁合同', submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' });
  });
  afterAll(() => env.dispose());

  it('the audit CSV names its file and writes its times in the office zone', async () => {
    const file = await callAs(env.core, 'admin1', 'audit.export', {});
    const stamp = /^审计日志-(\d{8})-\d{6}\.csv$/.exec(file.fileName);
    expect(stamp, file.fileName).not.toBeNull();
    expect(stamp![1]).toBe(dateInZone(new Date(), KIRITIMATI).replaceAll('-', ''));
    const csv = Buffer.from(file.content).toString('utf8');
    expect(csv.split('\r\n')[0]).toContain(`时间（${KIRITIMATI}）`);
    const created = env.core.db.prepare("SELECT at FROM audit_log WHERE action = 'matter.create'").get() as { at: string };
    expect(csv).toContain(shifted(created.at, 14));
    expect(csv).not.toContain(created.at);
  });

  it('the audit filter counts whole office days', async () => {
    const created = env.core.db.prepare("SELECT at FROM audit_log WHERE action = 'matter.create'").get() as { at: string };
    const day = shifted(created.at, 14).slice(0, 10);
    const onDay = await callAs(env.core, 'admin1', 'audit.query', { from: day, to: day, action: 'matter.create', limit: 10, offset: 0 });
    expect(onDay.total).toBe(1);
    const dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const before = await callAs(env.core, 'admin1', 'audit.query', { from: dayBefore, to: dayBefore, action: 'matter.create', limit: 10, offset: 0 });
    expect(before.total).toBe(0);
  });

  it('backup files are named by the office clock, and the CLI describes them in it', async () => {
    expect(backupFileName('manual', false, new Date('2026-12-31T10:30:05Z'), KIRITIMATI)).toBe('review-desk-manual-20270101-003005.sqlite');
    expect(backupFileName('daily', true, new Date('2026-12-31T10:30:05Z'), PAGO_PAGO)).toBe('review-desk-auto-20261230-233005.rdbak');
    const made = await runBackup(env.core, 'manual');
    const name = /^review-desk-manual-(\d{8})-(\d{6})\.sqlite$/.exec(made.name);
    expect(name, made.name).not.toBeNull();
    // The name is stamped as the backup starts, createdAt when it is done: read the stamp as Kiritimati wall time.
    const [d, t] = [name![1]!, name![2]!];
    const wall = Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4), +t.slice(4, 6));
    expect(Math.abs(wall - 14 * 3_600_000 - Date.parse(made.createdAt))).toBeLessThan(60_000);
    expect(describeBackup({ ...made, figures: made.figures! }, KIRITIMATI)[0]).toBe(`备份时间：${shifted(made.createdAt, 14).slice(0, 16)}`);
  });

  it('the before-restore and before-schema copies are named by the office clock too', async () => {
    // 恢复 from the settings page: the archive it replaces is kept as before-restore-<Kiritimati time>.
    const made = await callAs(env.core, 'admin1', 'backup.run', {});
    const started = Date.now();
    await callAs(env.core, 'admin1', 'backup.restore', { file: made.file });
    const restoreName = readdirSync(join(env.core.dataDir, 'backups')).find((n) => n.startsWith('before-restore-') && n.endsWith('.sqlite'));
    expectStampNear(/^before-restore-(\d{8})-(\d{6})\.sqlite$/, restoreName, 14, started);

    // An archive from before the last migration, set to Pago Pago, is copied before it is upgraded.
    const old = makeTempDir('office-time-schema-');
    try {
      const db = await openDatabase(old.dir, { migrateUpTo: 210 });
      saveOfficeTimeZone(db, PAGO_PAGO);
      db.close();
      const upgrading = Date.now();
      (await openDatabase(old.dir)).close();
      const schemaName = readdirSync(join(old.dir, 'backups')).find((n) => n.startsWith('before-schema-'));
      expectStampNear(/^before-schema-\d+-(\d{8})-(\d{6})\.sqlite$/, schemaName, -11, upgrading);
    } finally {
      old.remove();
    }
  });
});

/** A file name's stamp read as wall time `hours` off UTC is within a minute of `instant` (not the PC's zone, Los Angeles). */
function expectStampNear(pattern: RegExp, name: string | undefined, hours: number, instant: number) {
  const m = pattern.exec(name ?? '');
  expect(m, name).not.toBeNull();
  const [d, t] = [m![1]!, m![2]!];
  const wall = Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4), +t.slice(4, 6));
  expect(Math.abs(wall - hours * 3_600_000 - instant)).toBeLessThan(60_000);
}
