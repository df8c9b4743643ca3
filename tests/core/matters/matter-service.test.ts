import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditTrail } from '../../../main/core/audit.js';
import { createMatter, listMatters } from '../../../main/core/matters/matter-service.js';
import { DATABASE_FILE, openDatabase } from '../../../main/core/store/open-database.js';
import { CreateMatterInput, ListMattersInput } from '../../../shared/contract/matters.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temps: { remove(): void }[] = [];
afterEach(() => temps.splice(0).forEach((t) => t.remove()));

const input = (over: Partial<CreateMatterInput> = {}) =>
  CreateMatterInput.parse({ type: 'village.contract', title: '土地承包合同', submittingUnit: '东风村', receivedOn: '2025-05-06', ...over });

describe('matter service', () => {
  it('numbers matters per year without gaps', async () => {
    const t = makeTempDir();
    temps.push(t);
    const db = await openDatabase(t.dir);
    const serials = [
      createMatter(db, 'a', input({ receivedOn: '2024-12-30' })).serial,
      createMatter(db, 'a', input()).serial,
      createMatter(db, 'a', input()).serial,
      createMatter(db, 'a', input({ receivedOn: '2024-12-31' })).serial,
    ];
    expect(serials).toEqual(['审2024-0001', '审2025-0001', '审2025-0002', '审2024-0002']);
    db.close();
  });

  it('gives two connections writing at once distinct serials', async () => {
    const t = makeTempDir();
    temps.push(t);
    const a = await openDatabase(t.dir);
    const b = new Database(join(t.dir, DATABASE_FILE));
    b.pragma('busy_timeout = 5000');
    for (let i = 0; i < 20; i++) {
      createMatter(a, 'a', input());
      createMatter(b, 'b', input());
    }
    const rows = a.prepare('SELECT serial_no FROM matters WHERE serial_year = 2025 ORDER BY serial_no').all() as { serial_no: number }[];
    expect(rows.map((r) => r.serial_no)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    a.close();
    b.close();
  });

  it('keeps the audit log append-only', async () => {
    const t = makeTempDir();
    temps.push(t);
    const db = await openDatabase(t.dir);
    const matter = createMatter(db, 'reviewer-1', input());
    const trail = auditTrail(db, 'matter', matter.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ actor: 'reviewer-1', action: 'matter.create', before: null, after: { id: matter.id, title: '土地承包合同' } });
    expect(() => db.prepare('UPDATE audit_log SET actor = ?').run('someone else')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });

  it('rejects a due date before receipt and writes nothing', async () => {
    const t = makeTempDir();
    temps.push(t);
    const db = await openDatabase(t.dir);
    expect(() => createMatter(db, 'a', input({ dueOn: '2025-05-01' }))).toThrow('办理期限不能早于收件日期');
    expect(db.prepare('SELECT count(*) AS n FROM matters').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    db.close();
  });

  it('filters the list by type, status and text', async () => {
    const t = makeTempDir();
    temps.push(t);
    const db = await openDatabase(t.dir);
    createMatter(db, 'a', input({ title: '东风村村规民约', type: 'village.rules' }));
    createMatter(db, 'a', input({ title: '采购合同', type: 'contract', submittingUnit: '县教育局' }));
    const byType = listMatters(db, ListMattersInput.parse({ type: 'contract' }));
    expect(byType.items.map((m) => m.title)).toEqual(['采购合同']);
    const byText = listMatters(db, ListMattersInput.parse({ query: '教育' }));
    expect(byText.total).toBe(1);
    expect(listMatters(db, ListMattersInput.parse({ status: 'closed' })).total).toBe(0);
    db.close();
  });
});
