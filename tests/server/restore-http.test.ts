import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSession } from '../../main/core/accounts/sessions.js';
import { cookieName, startServer } from '../../main/server/http-server.js';
import { ensureAccount } from '../support/accounts.js';
import { tempCore } from '../support/core.js';
import { makeTempDir } from '../support/temp-dir.js';

// Issue 12: a restore from 设置 → 备份与恢复 was only applied at the next start. Through the server it now
// closes the archive, swaps in the backup and reopens before answering; the next calls see the backup.
const site = makeTempDir();
const usb = makeTempDir();
afterAll(() => {
  site.remove();
  usb.remove();
});

describe('restore through the server', () => {
  it('applies at once: the server keeps running and answers from the restored archive', async () => {
    writeFileSync(join(site.dir, 'index.html'), '<!doctype html><title>app</title>');
    const env = await tempCore();
    const server = await startServer({ core: env.core, staticDir: site.dir, port: 0 });
    try {
      const account = await ensureAccount(env.core, '管理员', ['admin', 'reviewer']);
      // The session exists before the backup, so it is still valid in the restored archive.
      const cookie = `${cookieName(server.port)}=${createSession(env.core.db, account.id, 'http', '127.0.0.1')}`;
      const rpc = async <T>(method: string, body: unknown): Promise<T> => {
        const res = await fetch(`${server.url}api/rpc/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(body) });
        const json = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
        if (!json.ok) throw new Error(json.error?.message);
        return json.value;
      };
      const titles = async () => (await rpc<{ items: { title: string }[] }>('matters.list', { limit: 50 })).items.map((m) => m.title).sort();
      await rpc('matters.create', { type: 'contract', title: '备份之前的合同', submittingUnit: '县教育局', receivedOn: '2026-03-02' });
      await rpc('backup.saveSettings', { folder: usb.dir, keepDays: 30, daily: true });
      const made = await rpc<{ file: string }>('backup.run', { passphrase: '红花镇司法所2026' });
      await rpc('matters.create', { type: 'contract', title: '备份之后的合同', submittingUnit: '县教育局', receivedOn: '2026-03-03' });
      expect(await titles()).toEqual(['备份之前的合同', '备份之后的合同']);

      const restored = await rpc<{ applied: boolean; figures: { matters: number } }>('backup.restore', { file: made.file, passphrase: '红花镇司法所2026' });
      expect(restored).toMatchObject({ applied: true, figures: { matters: 1 } });
      expect(await titles()).toEqual(['备份之前的合同']);
      expect((await rpc<{ pendingRestore: unknown }>('backup.status', {})).pendingRestore).toBeNull();
      // Writes go to the restored archive, and the replaced one was kept.
      await rpc('matters.create', { type: 'contract', title: '恢复之后的合同', submittingUnit: '县教育局', receivedOn: '2026-03-04' });
      expect(await titles()).toEqual(['备份之前的合同', '恢复之后的合同']);
      expect(readdirSync(join(env.core.dataDir, 'backups')).some((n) => n.startsWith('before-restore-'))).toBe(true);
    } finally {
      await server.close();
      env.dispose();
    }
  });
});
