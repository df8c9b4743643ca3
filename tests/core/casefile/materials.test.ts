import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { openCore, type Core } from '../../../main/core/core.js';
import { shippedMaterialLists } from '../../../main/core/casefile/materials.js';
import { MATTER_TYPES } from '../../../shared/domain/matter.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { callAs } from '../../support/approved-matter.js';
import { contextAs } from '../../support/accounts.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { tableCounts } from '../../support/core.js';

const temp = makeTempDir();
let core: Core;

beforeAll(async () => {
  core = await openCore(temp.dir);
  await callAs(core, '李所长', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
});
afterAll(() => {
  core.close();
  temp.remove();
});

describe('送审材料齐全性', () => {
  it('ships a list for every matter type, each item with its source in the domain reference or the issue', () => {
    const lists = shippedMaterialLists();
    for (const type of MATTER_TYPES) {
      expect(lists[type]!.length).toBeGreaterThan(0);
      for (const item of lists[type]!) expect(item.source).toMatch(/参考 §\d|issue 16/);
    }
    const normative = lists.normative!.map((i) => i.label).join('|');
    for (const word of ['起草说明', '制定依据', '征求意见情况', '公平竞争审查结论']) expect(normative).toContain(word);
    const decision = lists.decision!.map((i) => i.label).join('|');
    for (const word of ['风险评估报告', '合法性审查前置材料', '集体讨论记录']) expect(decision).toContain(word);
    expect(lists['village.contract']!.map((i) => i.label).join('|')).toMatch(/村民会议.*决议[\s\S]*公示情况/);
  });

  it('records what arrived, lists what is missing, and issues the 退回补正通知 with it in one action', async () => {
    const matter = await callAs(core, '王审查', 'matters.create', { type: 'normative', title: '关于养老服务补贴的通知', submittingUnit: '镇民政办', receivedOn: '2026-03-02' });
    const empty = await callAs(core, '王审查', 'materials.get', { matterId: matter.id });
    expect(empty.complete).toBe(false);
    expect(empty.items.every((i) => i.state === null)).toBe(true);
    const none = await dispatch('materials.returnNotice', { matterId: matter.id }, await contextAs(core, '李所长'));
    expect(none).toMatchObject({ ok: false, error: { code: 'materials.none-missing' } });

    const marks = empty.items.map((i) => ({ itemId: i.id, state: 'received' as const }));
    marks.find((m) => m.itemId === 'explanation')!.state = 'missing' as never;
    marks.find((m) => m.itemId === 'fair-competition')!.state = 'missing' as never;
    const view = await callAs(core, '王审查', 'materials.mark', { matterId: matter.id, marks });
    expect(view.missing).toEqual(['起草说明（起草调研、制定目的、主要内容）', '公平竞争审查结论']);
    expect(view.complete).toBe(false);

    const before = tableCounts(core);
    const bad = await dispatch('materials.mark', { matterId: matter.id, marks: [{ itemId: 'no-such', state: 'received' }] }, await contextAs(core, '王审查'));
    expect(bad).toMatchObject({ ok: false, error: { code: 'materials.unknown-item' } });
    expect(tableCounts(core)).toEqual(before);

    const notice = await callAs(core, '李所长', 'materials.returnNotice', { matterId: matter.id });
    expect(notice.missing).toEqual(view.missing);
    expect((await callAs(core, '王审查', 'matters.get', { id: matter.id })).status).toBe('returned');
    const file = await callAs(core, '王审查', 'letters.download', { id: notice.letterId });
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(file.content) });
    expect(text).toContain('起草说明');
    expect(text).toContain('公平竞争审查结论');
  });

  it('lets the office edit its lists (admin only) and restore the shipped ones', async () => {
    const { lists } = await callAs(core, 'admin1', 'materials.lists', {});
    const edited = { ...lists, opinion: [...lists.opinion!, { id: 'retainer', label: '法律顾问聘用合同', conditional: null, source: '本单位规定' }] };
    const refused = await dispatch('materials.saveLists', { lists: edited }, await contextAs(core, 'only-reviewer', ['reviewer']));
    expect(refused).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    const saved = await dispatch('materials.saveLists', { lists: edited }, await contextAs(core, 'admin1', ['admin']));
    expect(saved.ok).toBe(true);
    const matter = await callAs(core, '王审查', 'matters.create', { type: 'opinion', title: '某项目法律意见', submittingUnit: '镇政府', receivedOn: '2026-03-02' });
    expect((await callAs(core, '王审查', 'materials.get', { matterId: matter.id })).items.map((i) => i.id)).toContain('retainer');
    const restored = await dispatch('materials.saveLists', { lists: null }, await contextAs(core, 'admin1', ['admin']));
    expect(restored).toMatchObject({ ok: true, value: { edited: false } });
    expect(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'resources', 'materials', 'required-materials.json'), 'utf8')).lists.opinion).toHaveLength(2);
  });
});
