import type Database from 'better-sqlite3';
import { OfficeSettings, defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { recordAudit } from '../audit.js';
import { prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';

const KEY = 'office';

/**
 * What a new installation starts with: no office name (the first letter is refused until the office
 * enters one, rather than printing a placeholder) and a neutral 代字.
 */
export const FIRST_RUN_OFFICE = { name: '', prefix: '审' };

/** Whether the office has entered its name (older versions saved a placeholder, which does not count). */
export function officeConfigured(db: Database.Database): boolean {
  const name = readOfficeSettings(db).officeName.trim();
  return name !== '' && !name.includes('请在设置中填写');
}

/** The office's letter settings, or the defaults until the office has saved its own. */
export function readOfficeSettings(db: Database.Database): OfficeSettings {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return defaultOfficeSettings(FIRST_RUN_OFFICE.name, FIRST_RUN_OFFICE.prefix);
  return OfficeSettings.parse(JSON.parse(row.value));
}

export function saveOfficeSettings(db: Database.Database, actor: string, settings: OfficeSettings): OfficeSettings {
  const before = readOfficeSettings(db);
  writeTransaction(db, () => {
    prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      KEY,
      JSON.stringify(settings),
    );
    recordAudit(db, { actor, action: 'settings.office', entity: 'settings', entityId: null, before, after: settings });
  });
  return settings;
}
