import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/router.js';
import { backupArchive } from '../../main/core/backup/backup-file.js';
import { openCore, type Core } from '../../main/core/core.js';
import { callAs } from '../support/approved-matter.js';
import { contextAs } from '../support/accounts.js';
import { makeTempDir } from '../support/temp-dir.js';

/* Per-account preferences live in the archive: each person's own, checked by the contract, carried by a backup. */

const temp = makeTempDir();
let core: Core;

beforeAll(async () => {
  core = await openCore(join(temp.dir, 'data'));
});
afterAll(() => {
  core.close();
  temp.remove();
});

describe('preferences.get / preferences.set', () => {
  it('keeps each account its own values, removes a key with null, and refuses values the contract does not know', async () => {
    expect(await callAs(core, 'wang', 'preferences.get', {})).toEqual({});
    expect(await callAs(core, 'wang', 'preferences.set', { locale: 'en-US', templateOffice: ' 城关司法所 ' })).toEqual({ locale: 'en-US', templateOffice: '城关司法所' });
    expect(await callAs(core, 'li', 'preferences.get', {})).toEqual({});
    await callAs(core, 'li', 'preferences.set', { locale: 'zh-CN' });
    expect(await callAs(core, 'wang', 'preferences.get', {})).toEqual({ locale: 'en-US', templateOffice: '城关司法所' });
    expect(await callAs(core, 'wang', 'preferences.set', { templateOffice: null })).toEqual({ locale: 'en-US' });

    const before = core.db.prepare('SELECT * FROM user_preferences ORDER BY user_id, key').all();
    const bad = await dispatch('preferences.set', { locale: 'fr-FR' }, await contextAs(core, 'wang'));
    expect(bad.ok).toBe(false);
    const unknown = await dispatch('preferences.set', { theme: 'dark' }, await contextAs(core, 'wang'));
    expect(unknown.ok).toBe(false);
    expect(core.db.prepare('SELECT * FROM user_preferences ORDER BY user_id, key').all()).toEqual(before);
    // A signed-out caller has no preferences to read.
    const anonymous = await dispatch('preferences.get', {}, { ...(await contextAs(core, 'wang')), account: null, actor: 'anonymous' });
    expect(anonymous.ok).toBe(false);
  });

  it('skips a stored value this version cannot read instead of failing', async () => {
    const id = (core.db.prepare("SELECT id FROM users WHERE login = 'li'").get() as { id: number }).id;
    core.db.prepare("UPDATE user_preferences SET value = '\"xx-XX\"' WHERE user_id = ? AND key = 'locale'").run(id);
    core.db.prepare("INSERT INTO user_preferences (user_id, key, value, updated_at) VALUES (?, 'future.key', '1', '2026-01-01')").run(id);
    expect(await callAs(core, 'li', 'preferences.get', {})).toEqual({});
  });

  it('travels with the archive: a backup holds them (they are no longer in the browser profile)', async () => {
    const out = join(temp.dir, 'backup.sqlite');
    await backupArchive(join(core.dataDir, 'review-desk.sqlite'), out);
    const Database = (await import('better-sqlite3')).default;
    const copy = new Database(out, { readonly: true });
    try {
      const rows = copy.prepare("SELECT u.login, p.key, p.value FROM user_preferences p JOIN users u ON u.id = p.user_id WHERE u.login = 'wang'").all();
      expect(rows).toEqual([{ login: 'wang', key: 'locale', value: '"en-US"' }]);
    } finally {
      copy.close();
    }
  });
});
