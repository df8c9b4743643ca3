import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../main/core/documents/document-service.js';
import { exportPackage } from '../../../main/core/exchange/export-package.js';
import { importPackage, previewPackage } from '../../../main/core/exchange/import-package.js';
import { isAppError } from '../../../main/core/errors.js';
import { createMatter } from '../../../main/core/matters/matter-service.js';
import { answerItem, concludeReview, ensureReview, readReview } from '../../../main/core/review/review-service.js';
import { approveReview, submitForSignoff } from '../../../main/core/review/signoff-service.js';
import { todayIso } from '../../../main/core/workflow/office-settings.js';
import { LEASE_FIXTURE } from '../../support/approved-matter.js';
import { tableCounts } from '../../support/core.js';
import { makeOffice, trust, type Office } from './offices.js';

/* A reply that meets local changes: shown, refused until the user chooses; never over a signed-off review. */

let sfs: Office;
let counsel: Office;
let matterId: number;

beforeAll(async () => {
  sfs = await makeOffice('城关司法所', 'CGS', 'township-office', [{ login: 'wang' }, { login: 'li' }]);
  counsel = await makeOffice('法律顾问', 'GW01', 'counsel', [{ login: 'zhao', roles: ['counsel', 'reviewer'], displayName: '赵顾问' }]);
  trust(sfs, counsel);
  trust(counsel, sfs);
  matterId = createMatter(sfs.core.db, 'wang', {
    type: 'village.contract', title: '租赁合同', submittingUnit: '东风村', township: null, contactName: null, contactPhone: null,
    receivedOn: todayIso(), dueOn: null, reviewerId: null, note: null,
  }).id;
  await importDocument(sfs.core.db, 'wang', { matterId, fileName: 'lease.docx', bytes: readFileSync(LEASE_FIXTURE), role: 'submitted' }, { inline: true });
  ensureReview(sfs.core, 'wang', matterId);
});

afterAll(() => {
  sfs?.dispose();
  counsel?.dispose();
});

async function refusal(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('conflicts between a reply and local changes', () => {
  it('shows the conflict, refuses without a choice, keeps local changes when asked', async () => {
    const consult = exportPackage(sfs.core, 'wang', { kind: 'consult', to: 'GW01', matterId, encrypt: true });
    const items = readReview(sfs.core.db, matterId).template.items;
    const [first, second] = [items[0]!.id, items[1]!.id];
    // Here, after the consult went out: the 司法所 answers the first item itself.
    await new Promise((r) => setTimeout(r, 5));
    answerItem(sfs.core.db, 'wang', { matterId, itemId: first, status: 'problem', note: '本所意见：主体不适格' });

    const there = (await importPackage(counsel.core.db, 'zhao', consult.bytes, { inline: true })).matterId!;
    for (const item of items) answerItem(counsel.core.db, 'zhao', { matterId: there, itemId: item.id, status: 'pass', note: null });
    const reply = exportPackage(counsel.core, 'zhao', { kind: 'consult-reply', to: 'CGS', matterId: there, encrypt: false });

    const preview = previewPackage(sfs.core.db, reply.bytes);
    const question = items[0]!.question;
    expect(preview.plan.conflicts).toEqual([
      { what: `审查要点 ${first}「${question.length > 30 ? `${question.slice(0, 30)}…` : question}」`, local: '有问题：本所意见：主体不适格', incoming: '通过', key: `answer:${first}` },
    ]);
    const before = tableCounts(sfs.core);
    const refused = await refusal(() => importPackage(sfs.core.db, 'wang', reply.bytes));
    expect(refused.code).toBe('package.conflict');
    expect(refused.message).toContain('冲突');
    expect(tableCounts(sfs.core)).toEqual(before);

    await importPackage(sfs.core.db, 'wang', reply.bytes, { onConflict: 'keep-local' });
    const answers = Object.fromEntries(readReview(sfs.core.db, matterId).answers.map((a) => [a.itemId, [a.status, a.updatedBy]]));
    expect(answers[first]).toEqual(['problem', 'wang']);
    expect(answers[second]![0]).toBe('pass');
    expect(answers[second]![1]).not.toBe('wang');
  });

  it('a reply never overwrites a signed-off review', async () => {
    concludeReview(sfs.core.db, 'wang', { matterId, result: 'lawful', summary: null });
    submitForSignoff(sfs.core.db, 'wang', matterId, '测试');
    approveReview(sfs.core.db, 'li', matterId);
    const there = (counsel.core.db.prepare('SELECT matter_id FROM exchange_matters').get() as { matter_id: number }).matter_id;
    concludeReview(counsel.core.db, 'zhao', { matterId: there, result: 'unlawful', summary: '不合法' });
    const late = exportPackage(counsel.core, 'zhao', { kind: 'consult-reply', to: 'CGS', matterId: there, encrypt: false });
    const before = tableCounts(sfs.core);
    for (const choice of [undefined, 'take-package'] as const) {
      const refused = await refusal(() => importPackage(sfs.core.db, 'wang', late.bytes, { onConflict: choice }));
      expect(refused.code).toBe('package.blocked');
      expect(refused.message).toContain('已签批');
    }
    expect(tableCounts(sfs.core)).toEqual(before);
    expect(readReview(sfs.core.db, matterId).state).toBe('approved');
  });
});
