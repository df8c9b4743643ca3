import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { openCore, type Core } from '../../../main/core/core.js';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract/index.js';
import { callAs } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { contextAs } from '../../support/accounts.js';

const RISKY = join(import.meta.dirname, '..', '..', 'fixtures', 'docx', 'zh-contract-lease-filled-risky-01.docx');
const temp = makeTempDir();
let core: Core;
function call<M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return callAs(core, '王审查', method, input);
}

beforeAll(async () => {
  core = await openCore(temp.dir);
});
afterAll(() => {
  core.close();
  temp.remove();
});

async function importRisky(title: string, bytes = readFileSync(RISKY)) {
  const matter = await call('matters.create', { type: 'contract', title, submittingUnit: '某公司', receivedOn: '2026-05-06' });
  const { document } = await call('documents.import', { matterId: matter.id, fileName: 'risky.docx', content: bytes });
  return { matter, document };
}

describe('pre-check findings', () => {
  it('runs on import and stores findings anchored to the exact text', async () => {
    const { matter, document } = await importRisky('转租合同');
    const findings = await call('findings.list', { documentId: document.id });
    expect(findings.length).toBeGreaterThan(0);
    const blocks = (await call('documents.get', { id: document.id })).blocks;
    for (const f of findings) {
      expect(blocks[f.paragraph]!.text.slice(f.start, f.end)).toBe(f.excerpt);
      expect(f.state).toBe('open');
    }
    const counts = await call('findings.counts', { matterIds: [matter.id] });
    const expected = { must: 0, should: 0, hint: 0 };
    for (const f of findings) expected[f.severity]++;
    expect(counts).toEqual([{ matterId: matter.id, counts: expected }]);
  });

  it('turns an accepted finding into an anchored opinion with its basis', async () => {
    const { matter, document } = await importRisky('接受测试');
    const [finding] = await call('findings.list', { documentId: document.id });
    const { opinions: [opinion], findings: [accepted] } = await call('findings.accept', { id: finding!.id });
    expect(accepted).toMatchObject({ state: 'accepted', opinionId: opinion!.id });
    expect(opinion).toMatchObject({
      text: finding!.suggestion,
      severity: finding!.severity,
      basis: finding!.basis,
      anchor: { documentId: document.id, paragraph: finding!.paragraph, start: finding!.start, end: finding!.end, quote: finding!.excerpt },
    });
    const review = await call('review.start', { matterId: matter.id });
    expect(review.opinions.map((o) => o.id)).toEqual([opinion!.id]);
    // Re-running keeps the accepted finding and does not raise it again.
    const rerun = await call('findings.run', { documentId: document.id });
    expect(rerun.filter((f) => f.rule === finding!.rule && f.excerpt === finding!.excerpt)).toHaveLength(1);
    expect(rerun.find((f) => f.id === finding!.id)?.state).toBe('accepted');
  });

  it('links an accepted finding to the checklist item it concerns and marks that item 有问题 (issue 20)', async () => {
    const { matter, document } = await importRisky('接受并关联要点');
    const findings = await call('findings.list', { documentId: document.id });
    const review = await call('review.start', { matterId: matter.id });
    const item = review.template.items[1]!;
    const { opinions: [opinion] } = await call('findings.accept', { id: findings[0]!.id, checklistItemId: item.id });
    expect(opinion!.checklistItemId).toBe(item.id);
    const after = await call('review.get', { matterId: matter.id });
    expect(after.answers.find((a) => a.itemId === item.id)?.status).toBe('problem');
    // A made-up item is refused, nothing written.
    const refused = await callAs(core, 'x', 'findings.accept', { id: findings[1]!.id, checklistItemId: 'no-such-item' }).catch((e: Error) => e.message);
    expect(refused).toContain('review.item-unknown');
  });

  it('remembers a dismissal with its reason across re-runs and new versions', async () => {
    const { matter, document } = await importRisky('不采纳测试');
    const [finding] = await call('findings.list', { documentId: document.id });
    const refused = await callAs(core, 'x', 'findings.dismiss', { id: finding!.id, reason: '   ' }).catch((e: Error) => e.message);
    expect(refused).toContain('请填写不采纳的理由');
    await call('findings.dismiss', { id: finding!.id, reason: '该条款系双方协商一致，不属于违法情形' });
    const rerun = await call('findings.run', { documentId: document.id });
    const again = rerun.find((f) => f.rule === finding!.rule && f.excerpt === finding!.excerpt)!;
    expect(again).toMatchObject({ state: 'dismissed', dismissReason: '该条款系双方协商一致，不属于违法情形' });
    // A revised version (different bytes, same clause) comes in: the dismissal still applies to it.
    const zip = unzipSync(new Uint8Array(readFileSync(RISKY)));
    zip['docProps/app.xml'] = strToU8(strFromU8(zip['docProps/app.xml']!) + ' ');
    const revisedBytes = Buffer.from(zipSync(zip));
    const revised = await call('documents.import', { matterId: matter.id, role: 'revised', fileName: 'risky-v2.docx', content: revisedBytes });
    expect(revised.duplicate).toBe(false);
    const inRevision = await call('findings.list', { documentId: revised.document.id });
    expect(inRevision.find((f) => f.rule === finding!.rule && f.excerpt === finding!.excerpt)).toMatchObject({
      state: 'dismissed',
      dismissReason: '该条款系双方协商一致，不属于违法情形',
    });
    expect(inRevision.filter((f) => f.state === 'open').length).toBe(inRevision.length - 1);
  });

  it('lists the rules with their basis', async () => {
    const rules = await call('rules.list', {});
    const ids = rules.map((r) => r.id);
    for (const id of ['amount.mismatch', 'placeholder.blank', 'contract.missing-clause', 'lease.term-over-20y', 'village-rules.married-out-women', 'normative.validity-over-5y', 'fair-competition.local-preference']) {
      expect(ids).toContain(id);
    }
    expect(rules.every((r) => r.basis.length > 0)).toBe(true);
  });

  it('remembers a dismissed blank only for that place, not for every identical blank', async () => {
    // Identical findings are grouped into one (issue 13), so the two places differ in what they report (one
    // blank; a run of two empty fields) and in the words around them, while quoting the same words. (Since round
    // nine a clause's close blanks share one excerpt, so "联系电话：________，________" no longer quotes the same words
    // as a single blank.)
    const text = '房屋租赁合同\n联系电话：________（手机）\n租金每月人民币3000元。\n联系电话：________\n联系电话：________\n押金人民币3000元。\n';
    const matter = await call('matters.create', { type: 'contract', title: '空白测试', submittingUnit: '某村', receivedOn: '2026-05-06' });
    const { document } = await call('documents.import', { matterId: matter.id, fileName: 'blanks.txt', content: Buffer.from(text) });
    const blanks = (await call('findings.list', { documentId: document.id })).filter((f) => f.rule === 'placeholder.blank');
    expect(blanks.length).toBe(2);
    expect(blanks[0]!.excerpt).toBe(blanks[1]!.excerpt);
    await call('findings.dismiss', { id: blanks[0]!.id, reason: '甲方名称待签约时填写' });
    const rerun = (await call('findings.run', { documentId: document.id })).filter((f) => f.rule === 'placeholder.blank');
    expect(rerun.map((f) => f.state)).toEqual(['dismissed', 'open']);
  });

  it('reopens a finding whose opinion is deleted, and follows the review lock', async () => {
    const { matter, document } = await importRisky('锁定测试');
    const [first, second] = await call('findings.list', { documentId: document.id });
    const { opinions: [opinion] } = await call('findings.accept', { id: first!.id });
    await call('opinions.delete', { id: opinion!.id });
    const reopened = (await call('findings.list', { documentId: document.id })).find((f) => f.id === first!.id);
    expect(reopened).toMatchObject({ state: 'open', opinionId: null });

    const review = await call('review.start', { matterId: matter.id });
    for (const item of review.template.items) await call('review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' });
    await call('review.conclude', { matterId: matter.id, result: 'lawful', summary: null });
    await call('review.submit', { matterId: matter.id });
    const dismiss = await dispatch('findings.dismiss', { id: second!.id, reason: '不适用' }, await contextAs(core, 'x'));
    expect(dismiss).toMatchObject({ ok: false, error: { code: 'review.locked' } });
    const rerun = await dispatch('findings.run', { documentId: document.id }, await contextAs(core, 'x'));
    expect(rerun).toMatchObject({ ok: false, error: { code: 'review.locked' } });
  });
});

describe('finding triggers (issue 13)', () => {
  it('stores the trigger range inside the excerpt and returns it after the archive is reopened', async () => {
    const matter = await call('matters.create', { type: 'village.rules', title: '某村村规民约', submittingUnit: '某村村民委员会', receivedOn: '2026-05-06' });
    const text = '某村村规民约\n第一条 为维护本村秩序，制定本村规民约。\n第五条 外嫁女及其子女不享受本村集体收益分配，户口须迁出本村。\n第六条 乱倒垃圾的，罚款200元。';
    const { document } = await call('documents.import', { matterId: matter.id, fileName: 'rules.txt', content: Buffer.from(text) });
    const before = await call('findings.list', { documentId: document.id });
    const withTrigger = before.filter((f) => f.trigger);
    expect(withTrigger.length).toBeGreaterThan(0);
    // Reopen the archive: what the UI reads after a reload.
    core.close();
    core = await openCore(temp.dir);
    const after = await call('findings.list', { documentId: document.id });
    expect(after.map((f) => f.trigger ?? null)).toEqual(before.map((f) => f.trigger ?? null));
    const blocks = (await call('documents.get', { id: document.id })).blocks;
    for (const f of after.filter((x) => x.trigger)) {
      expect(f.trigger!.start).toBeGreaterThanOrEqual(f.start);
      expect(f.trigger!.end).toBeLessThanOrEqual(f.end);
      expect(f.trigger!.end - f.trigger!.start).toBeLessThan(f.end - f.start);
      // The highlighted words are the document's words at that range.
      expect(f.excerpt.slice(f.trigger!.start - f.start, f.trigger!.end - f.start)).toBe(blocks[f.paragraph]!.text.slice(f.trigger!.start, f.trigger!.end));
    }
  });

  it('refuses a trigger outside the excerpt at the database level', () => {
    const db = core.db;
    const row = db.prepare('SELECT id, range_start, range_end FROM findings LIMIT 1').get() as { id: number; range_start: number; range_end: number };
    expect(() => db.prepare('UPDATE findings SET trigger_start = ?, trigger_end = ? WHERE id = ?').run(row.range_end + 1, row.range_end + 2, row.id)).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE findings SET trigger_start = ?, trigger_end = NULL WHERE id = ?').run(row.range_start, row.id)).toThrow(/CHECK/);
  });
});
