/**
 * 送审材料齐全性: the materials each matter type needs (shipped in resources/materials/, taken from the
 * domain reference with the source of every item; each office may edit its own copy, kept in the
 * settings table), which of them arrived for a matter, and the 退回补正通知 for what is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { MaterialLists, type MaterialItem, type MaterialsView, type MaterialState } from '../../../shared/contract/casefile.js';
import { LetterRequest } from '../../../shared/contract/letters.js';
import { MATTER_TYPES, type MatterType } from '../../../shared/domain/matter.js';
import { recordAudit } from '../audit.js';
import { defaultResourcesDir } from '../checklists/resources-dir.js';
import { AppError } from '../errors.js';
import { issueLetter } from '../letters/letter-service.js';
import type { LetterServices } from '../letters/letter-services.js';
import { getMatter } from '../matters/matter-service.js';
import { nowIso, prepared } from '../store/statements.js';
import { writeTransaction } from '../store/write-transaction.js';

const SETTINGS_KEY = 'materials.lists';
const ShippedFile = z.object({ lists: MaterialLists });

let shipped: MaterialLists | null = null;

/** The lists shipped with the program (validated when first read). */
export function shippedMaterialLists(resourcesDir: string = defaultResourcesDir()): MaterialLists {
  if (shipped) return shipped;
  const parsed = ShippedFile.parse(JSON.parse(readFileSync(join(resourcesDir, 'materials', 'required-materials.json'), 'utf8')));
  shipped = parsed.lists;
  return shipped;
}

/** The office's lists (its edited copy, else the shipped ones); a type missing from a list has none. */
export function materialLists(db: Database.Database): { lists: MaterialLists; edited: boolean } {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(SETTINGS_KEY) as { value: string } | undefined;
  if (!row) return { lists: shippedMaterialLists(), edited: false };
  const parsed = MaterialLists.safeParse(JSON.parse(row.value));
  if (!parsed.success) throw new AppError('settings.invalid', '送审材料清单设置已损坏，请在设置中重新保存或恢复默认清单。');
  return { lists: parsed.data, edited: true };
}

export function saveMaterialLists(db: Database.Database, actor: string, lists: MaterialLists | null): { lists: MaterialLists; edited: boolean } {
  if (lists) {
    for (const type of MATTER_TYPES) {
      const ids = (lists[type] ?? []).map((i) => i.id);
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup) throw new AppError('materials.duplicate', `同一类型的材料编号“${dup}”重复。`);
    }
  }
  return writeTransaction(db, () => {
    const before = materialLists(db);
    if (lists) {
      prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(SETTINGS_KEY, JSON.stringify(lists));
    } else {
      prepared(db, 'DELETE FROM settings WHERE key = ?').run(SETTINGS_KEY);
    }
    const after = materialLists(db);
    recordAudit(db, { actor, action: 'settings.materials', entity: 'settings', entityId: null, before: before.lists, after: after.lists });
    return after;
  });
}

interface CheckRow {
  item_id: string;
  label: string;
  state: MaterialState;
  note: string | null;
}

export function matterMaterials(db: Database.Database, matterId: number): MaterialsView {
  const matter = getMatter(db, matterId);
  const list: MaterialItem[] = materialLists(db).lists[matter.type as MatterType] ?? [];
  const checks = new Map(
    (prepared(db, 'SELECT item_id, label, state, note FROM material_checks WHERE matter_id = ?').all(matterId) as CheckRow[]).map((c) => [c.item_id, c]),
  );
  const items: MaterialsView['items'] = list.map((i) => {
    const c = checks.get(i.id);
    checks.delete(i.id);
    return { ...i, state: c?.state ?? null, note: c?.note ?? null };
  });
  // Items recorded under an earlier version of the list stay visible with the label they had.
  for (const c of checks.values()) items.push({ id: c.item_id, label: c.label, conditional: null, source: '（已从本单位清单中删除）', state: c.state, note: c.note });
  const missing = items.filter((i) => i.state === 'missing').map((i) => (i.note ? `${i.label}（${i.note}）` : i.label));
  const complete = items.every((i) => i.state === 'received' || i.state === 'not-applicable');
  return { matterId, type: matter.type, items, missing, complete };
}

export function markMaterials(
  db: Database.Database,
  actor: string,
  matterId: number,
  marks: readonly { itemId: string; state: MaterialState; note: string | null }[],
): MaterialsView {
  return writeTransaction(db, () => {
    const before = matterMaterials(db, matterId);
    const known = new Map(before.items.map((i) => [i.id, i]));
    const upsert = prepared(
      db,
      `INSERT INTO material_checks (matter_id, item_id, label, state, note, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (matter_id, item_id) DO UPDATE SET state = excluded.state, note = excluded.note, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    );
    for (const m of marks) {
      const item = known.get(m.itemId);
      if (!item) throw new AppError('materials.unknown-item', `材料“${m.itemId}”不在该类型的送审材料清单中。`);
      upsert.run(matterId, m.itemId, item.label, m.state, m.note, nowIso(), actor);
    }
    const after = matterMaterials(db, matterId);
    recordAudit(db, { actor, action: 'materials.mark', entity: 'matter', entityId: matterId, before: before.items, after: after.items });
    return after;
  });
}

/** One action: the 退回补正通知 listing every material marked missing (the letter service moves the matter to 退回). */
export async function issueReturnNotice(db: Database.Database, actor: string, matterId: number, services: LetterServices) {
  const { missing } = matterMaterials(db, matterId);
  if (missing.length === 0) throw new AppError('materials.none-missing', '没有标记为“缺少”的送审材料，无需退回补正。');
  const request = LetterRequest.parse({ matterId, kind: 'return-notice', missingMaterials: missing });
  const letter = await issueLetter(db, actor, request, services);
  return { letterId: letter.id, number: letter.number, missing };
}
