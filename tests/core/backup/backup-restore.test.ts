import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupArchive, readBackupInfo } from '../../../main/core/backup/backup-file.js';
import { restoreArchive } from '../../../main/core/backup/restore.js';
import { openCore, type Core } from '../../../main/core/core.js';
import { DATABASE_FILE } from '../../../main/core/store/open-database.js';
import { openStatuteDb, STATUTE_DB_FILE, statuteDbPath } from '../../../main/core/statutes/statute-db.js';
import Database from 'better-sqlite3';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { approvedMatter, callAs } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';

const bin = join(import.meta.dirname, '..', '..', '..', 'main', 'cli', 'bin.js');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));

function temp(): string {
  const t = makeTempDir();
  cleanups.push(() => t.remove());
  return t.dir;
}

/** An archive with two approved matters, one issued letter, documents and their audit trail. */
async function populated(): Promise<string> {
  const dir = temp();
  const core = await openCore(dir);
  await callAs(core, '王审查', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
  const { matter } = await approvedMatter(core, '某村房屋租赁合同');
  await callAs(core, '王审查', 'letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-03-10' });
  await approvedMatter(core, '某村土地承包合同');
  core.close();
  return dir;
}

/** Everything a restore must bring back exactly: matters, document hashes, letters, the audit log. */
async function contents(dir: string) {
  const core: Core = await openCore(dir);
  try {
    const all = (sql: string) => core.db.prepare(sql).all();
    return {
      matters: all('SELECT * FROM matters ORDER BY id'),
      documents: all('SELECT id, matter_id, file_name, sha256, size FROM documents ORDER BY id'),
      blobs: all("SELECT sha256, hex(substr(data, 1, 64)) AS head, size FROM blobs ORDER BY sha256"),
      letters: all('SELECT * FROM letters ORDER BY id'),
      audit: all('SELECT * FROM audit_log ORDER BY id'),
      opinions: all('SELECT * FROM opinions ORDER BY id'),
    };
  } finally {
    core.close();
  }
}

describe('backup and restore', () => {
  it('backup → delete → restore brings back every matter, document hash, letter and audit entry', async () => {
    const dir = await populated();
    const before = await contents(dir);
    expect(before.letters).toHaveLength(1);
    const out = join(temp(), 'usb', 'archive.sqlite');
    const result = await backupArchive(join(dir, DATABASE_FILE), out);
    expect(result.figures).toMatchObject({ matters: 2, letters: 1, lastLetterNumber: '郯司审〔2026〕1号' });
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, DATABASE_FILE + suffix), { force: true });

    const restored = await restoreArchive(dir, out);
    expect(restored.previous).toBeNull();
    expect(await contents(dir)).toEqual(before);
  });

  it('an encrypted backup shows its figures without the passphrase and restores only with the right one', async () => {
    const dir = await populated();
    const before = await contents(dir);
    const out = join(temp(), 'archive.rdbak');
    await backupArchive(join(dir, DATABASE_FILE), out, { passphrase: '红花镇司法所2026' });
    const bytes = readFileSync(out);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('某村房屋租赁合同'))).toBe(false);
    expect(readBackupInfo(out)).toMatchObject({ encrypted: true, figures: { matters: 2, letters: 1 } });

    // Change the archive, so a restore is visible.
    const core = await openCore(dir);
    await callAs(core, '王审查', 'matters.create', { type: 'contract', title: '备份后登记的事项', submittingUnit: '县教育局', receivedOn: '2026-03-12' });
    core.close();

    await expect(restoreArchive(dir, out)).rejects.toMatchObject({ code: 'backup.passphrase-required' });
    await expect(restoreArchive(dir, out, { passphrase: '错误的密码123' })).rejects.toMatchObject({ code: 'backup.wrong-passphrase' });
    expect((await contents(dir)).matters).toHaveLength(3);

    const tampered = join(temp(), 'tampered.rdbak');
    const changed = Buffer.from(bytes);
    const at = changed.length - 100;
    changed[at] = (changed[at] ?? 0) ^ 1;
    writeFileSync(tampered, changed);
    await expect(restoreArchive(dir, tampered, { passphrase: '红花镇司法所2026' })).rejects.toMatchObject({ code: 'backup.wrong-passphrase' });

    const restored = await restoreArchive(dir, out, { passphrase: '红花镇司法所2026' });
    expect(await contents(dir)).toEqual(before);
    // The replaced archive (with the third matter) is kept.
    expect(restored.previous).not.toBeNull();
    expect(existsSync(restored.previous!)).toBe(true);
  });

  it('refuses to restore while the program has the folder open, and refuses a file that is not a backup', async () => {
    const dir = await populated();
    const out = join(temp(), 'archive.sqlite');
    await backupArchive(join(dir, DATABASE_FILE), out);
    const bogus = join(temp(), 'not-a-backup.sqlite');
    writeFileSync(bogus, 'hello');
    await expect(restoreArchive(dir, bogus)).rejects.toMatchObject({ code: 'backup.unreadable' });

    // Another process (a server or CLI) has the archive open; once it is gone (even killed), restore may go on.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', `
        const { openCore } = await import(${JSON.stringify(join(import.meta.dirname, '..', '..', '..', 'main', 'core', 'core.ts'))});
        await openCore(process.argv[1]);
        console.log('open');
        setInterval(() => {}, 1000);`, dir],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => child.stdout.on('data', (c: Buffer) => c.toString().includes('open') && resolve()));
    const refused = restoreArchive(dir, out);
    await expect(refused).rejects.toMatchObject({ code: 'backup.in-use' });
    await expect(refused).rejects.toThrow(/正在被使用.*请先关闭/);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    await expect(restoreArchive(dir, out)).resolves.toMatchObject({ figures: { matters: 2 } });
  });

  it('the CLI backs up with --encrypt and restores with --yes, printing what the backup holds', () => {
    return populated().then((dir) => {
      const out = join(temp(), 'cli.rdbak');
      const env = { ...process.env, REVIEW_DESK_BACKUP_PASSPHRASE: '红花镇司法所2026' };
      const backup = spawnSync(process.execPath, [bin, 'backup', '--data', dir, '--out', out, '--encrypt'], { encoding: 'utf8', env });
      expect(backup.stderr).toBe('');
      expect(backup.status).toBe(0);
      expect(backup.stdout).toContain('✓ 备份完成并已校验');
      expect(backup.stdout).toContain('审查事项 2 件');
      const restore = spawnSync(process.execPath, [bin, 'restore', '--data', dir, '--from', out, '--yes'], { encoding: 'utf8', env });
      expect(restore.status).toBe(0);
      expect(restore.stdout).toContain('最近一份意见书：郯司审〔2026〕1号');
      expect(restore.stdout).toContain('✓ 恢复完成');
    });
  });

  it('the statute library with an imported version is in the backup: backup → delete → restore → the version is back', async () => {
    const dir = await populated();
    const library = statuteDbPath(dir);
    const lib = openStatuteDb(library);
    lib.prepare("INSERT INTO snapshots (label, source, commit_id, taken_on, kind, imported_at) VALUES ('2026年5月法规更新', 'U盘/laws', NULL, '2026-05-01', 'import', '2026-05-02T08:00:00Z')").run();
    lib.close();
    const out = join(temp(), 'usb', 'with-laws.sqlite');
    await backupArchive(join(dir, DATABASE_FILE), out, { passphrase: '备份密码2026' });
    for (const file of [DATABASE_FILE, STATUTE_DB_FILE]) for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `${file}${suffix}`), { force: true });
    expect(existsSync(library)).toBe(false);

    await restoreArchive(dir, out, { passphrase: '备份密码2026' });
    const back = new Database(library, { readonly: true });
    expect(back.prepare("SELECT label, kind FROM snapshots WHERE kind = 'import'").all()).toEqual([{ label: '2026年5月法规更新', kind: 'import' }]);
    back.close();
    // The restored archive is a plain archive again: the carrier table is gone.
    const archive = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(archive.prepare("SELECT name FROM sqlite_master WHERE name = 'backup_attachments'").all()).toEqual([]);
    archive.close();
  });

  it('a library with only the shipped snapshot is left out of the backup (rebuilt from resources/)', async () => {
    const dir = await populated();
    const lib = openStatuteDb(statuteDbPath(dir));
    lib.prepare("INSERT INTO snapshots (label, source, commit_id, taken_on, kind, imported_at) VALUES ('随程序发布', 'resources', 'abc', NULL, 'shipped', '2026-05-02T08:00:00Z')").run();
    lib.close();
    const out = join(temp(), 'plain.sqlite');
    await backupArchive(join(dir, DATABASE_FILE), out);
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare("SELECT name FROM sqlite_master WHERE name = 'backup_attachments'").all()).toEqual([]);
    copy.close();
  });
});
