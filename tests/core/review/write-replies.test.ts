/**
 * Every review write replies with the records it changed (issue 20): each record exactly as the read
 * methods return it afterwards, and no record the write changed left out. The test reads the review,
 * the matter's findings and the matter before and after each write on a real archive, and compares
 * what changed with the reply; the workspace's cache (tests/renderer/review/review-cache.test.ts)
 * then only has to put the reply in place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Matter, Method, MethodInput, MethodOutput, Review, ReviewChanges, StoredFinding } from '../../../shared/contract/index.js';
import { defaultOfficeSettings } from '../../../shared/domain/letter.js';
import { callAs } from '../../support/approved-matter.js';
import { tempCore } from '../../support/core.js';

const RISKY = join(import.meta.dirname, '..', '..', 'fixtures', 'docx', 'zh-contract-lease-filled-risky-01.docx');
const REVIEWER = '王审查';
const APPROVER = '赵所长';
let env: Awaited<ReturnType<typeof tempCore>>;
beforeAll(async () => {
  env = await tempCore();
});
afterAll(() => env.dispose());

const call = <M extends Method>(method: M, input: MethodInput<M>, login = REVIEWER): Promise<MethodOutput<M>> => callAs(env.core, login, method, input);

interface Snapshot {
  review: Review | null;
  findings: StoredFinding[];
  matter: Matter;
}
const read = async (matterId: number): Promise<Snapshot> => ({
  review: await call('review.find', { matterId }),
  findings: await call('findings.list', { matterId }),
  matter: await call('matters.get', { id: matterId }),
});
const headOf = (review: Review | null) => {
  if (!review) return null;
  const { template: _t, answers: _a, opinions: _o, ...head } = review;
  return head;
};

/** Keys of the records in `after` that are new or differ from `before`. */
function changedKeys<T, K>(before: readonly T[], after: readonly T[], key: (t: T) => K): K[] {
  return after.filter((a) => !isDeepStrictEqual(a, before.find((b) => key(b) === key(a)))).map(key);
}
const sorted = <K>(keys: K[]) => [...keys].sort();

/**
 * Runs a write and checks its reply against the read-back. `exact`: the reply lists only what changed
 * (开始审查 on a review already started hands back every record, changed or not).
 */
async function expectReplyIsTheChange(matterId: number, write: () => Promise<ReviewChanges>, exact = true): Promise<ReviewChanges> {
  const before = await read(matterId);
  const reply = await write();
  const after = await read(matterId);
  expect(reply.matterId).toBe(matterId);
  // Each record in the reply is what the read methods return now.
  for (const a of reply.answers) expect(a).toEqual(after.review!.answers.find((x) => x.itemId === a.itemId));
  for (const o of reply.opinions) expect(o).toEqual(after.review!.opinions.find((x) => x.id === o.id));
  for (const f of reply.findings) expect(f).toEqual(after.findings.find((x) => x.id === f.id));
  if (reply.review) expect(reply.review).toEqual(headOf(after.review));
  if (reply.template) expect(reply.template).toEqual(after.review!.template);
  if (reply.matter) expect(reply.matter).toEqual(after.matter);
  // Every record the write changed is in the reply.
  const answers = changedKeys(before.review?.answers ?? [], after.review?.answers ?? [], (a) => a.itemId);
  const opinions = changedKeys(before.review?.opinions ?? [], after.review?.opinions ?? [], (o) => o.id);
  const findings = changedKeys(before.findings, after.findings, (f) => f.id);
  const deleted = (before.review?.opinions ?? []).filter((o) => !after.review?.opinions.some((a) => a.id === o.id)).map((o) => o.id);
  expect(sorted(reply.deletedOpinionIds)).toEqual(sorted(deleted));
  if (exact) {
    expect(sorted(reply.answers.map((a) => a.itemId))).toEqual(sorted(answers));
    expect(sorted(reply.opinions.map((o) => o.id))).toEqual(sorted(opinions));
    expect(sorted(reply.findings.map((f) => f.id))).toEqual(sorted(findings));
  } else {
    expect(reply.answers.map((a) => a.itemId)).toEqual(expect.arrayContaining(answers));
    expect(reply.opinions.map((o) => o.id)).toEqual(expect.arrayContaining(opinions));
    expect(reply.findings.map((f) => f.id)).toEqual(expect.arrayContaining(findings));
  }
  if (!isDeepStrictEqual(headOf(before.review), headOf(after.review))) expect(reply.review).not.toBeNull();
  if (!before.review && after.review) expect(reply.template).not.toBeNull();
  if (!isDeepStrictEqual(before.matter, after.matter)) expect(reply.matter).not.toBeNull();
  return reply;
}

describe('each review write replies with exactly what it changed, as the reads return it', () => {
  let matterId: number;
  let findings: StoredFinding[];
  let items: Review['template']['items'];
  let fromFinding: number;
  let second: number;
  let third: number;

  beforeAll(async () => {
    const matter = await call('matters.create', { type: 'contract', title: '写入回执', submittingUnit: '某公司', receivedOn: '2026-05-06' });
    await call('documents.import', { matterId: matter.id, fileName: 'risky.docx', content: readFileSync(RISKY) });
    matterId = matter.id;
    findings = await call('findings.list', { matterId });
    expect(findings.length).toBeGreaterThanOrEqual(2);
  });

  it('findings.accept before 开始审查: the finding, its opinion, the marked item, the new review and the matter moved to 审查中', async () => {
    const reply = await expectReplyIsTheChange(matterId, () => call('findings.accept', { id: findings[0]!.id }));
    expect(reply.template).not.toBeNull();
    expect(reply.matter?.status).toBe('in-review');
    items = reply.template!.items;
    fromFinding = reply.opinions[0]!.id;
  });

  it('review.start on a review already started: every record, nothing written', async () => {
    const reply = await expectReplyIsTheChange(matterId, () => call('review.start', { matterId }), false);
    expect(reply.opinions.map((o) => o.id)).toEqual([fromFinding]);
  });

  it('review.answer: the answer and the progress', async () => {
    const reply = await expectReplyIsTheChange(matterId, () => call('review.answer', { matterId, itemId: items.at(-1)!.id, status: 'not-applicable', note: '不涉及' }));
    expect(reply.answers).toHaveLength(1);
    expect(reply.review?.progress.answered).toBeGreaterThan(0);
  });

  it('opinions.add on an item: the opinion and the item it marked 有问题', async () => {
    const answered = new Set((await call('review.get', { matterId })).answers.map((a) => a.itemId));
    const item = items.find((i) => !answered.has(i.id))!;
    const reply = await expectReplyIsTheChange(matterId, () =>
      call('opinions.add', { matterId, text: '主体资格证明需补充。', severity: 'should', basis: null, checklistItemId: item.id }),
    );
    expect(reply.answers.map((a) => [a.itemId, a.status])).toEqual([[item.id, 'problem']]);
    second = reply.opinions[0]!.id;
  });

  it('opinions.add of a 提示 without an item: the opinion only', async () => {
    const reply = await expectReplyIsTheChange(matterId, () => call('opinions.add', { matterId, text: '请注意表述。', severity: 'hint', basis: null }));
    expect(reply.answers).toEqual([]);
    third = reply.opinions[0]!.id;
  });

  it('opinions.update moving the 提示 to an item as 必须修改: the opinion and that item', async () => {
    const answered = new Set((await call('review.get', { matterId })).answers.map((a) => a.itemId));
    const item = items.find((i) => !answered.has(i.id))!;
    const reply = await expectReplyIsTheChange(matterId, () =>
      call('opinions.update', { id: third, text: '须删除该条款。', severity: 'must', basis: null, checklistItemId: item.id }),
    );
    expect(reply.opinions.map((o) => o.id)).toEqual([third]);
    expect(reply.answers.map((a) => [a.itemId, a.status])).toEqual([[item.id, 'problem']]);
  });

  it('opinions.reorder: every opinion with its new position', async () => {
    const reply = await expectReplyIsTheChange(matterId, () => call('opinions.reorder', { matterId, order: [third, second, fromFinding] }));
    expect(reply.opinions.map((o) => [o.id, o.position])).toEqual([
      [third, 1],
      [second, 2],
      [fromFinding, 3],
    ]);
  });

  it('findings.dismiss: the finding only', async () => {
    const reply = await expectReplyIsTheChange(matterId, () => call('findings.dismiss', { id: findings[1]!.id, reason: '双方已确认。' }));
    expect(reply.review).toBeNull();
    expect(reply.findings.map((f) => f.state)).toEqual(['dismissed']);
  });

  it('opinions.delete of an accepted finding’s opinion: the deletion and the finding reopened', async () => {
    const reply = await expectReplyIsTheChange(matterId, () => call('opinions.delete', { id: fromFinding }));
    expect(reply.deletedOpinionIds).toEqual([fromFinding]);
    expect(reply.findings.map((f) => [f.id, f.state])).toEqual([[findings[0]!.id, 'open']]);
  });

  it('review.conclude: the review and the matter (its result)', async () => {
    const reply = await expectReplyIsTheChange(matterId, () => call('review.conclude', { matterId, result: 'lawful-after-revision', summary: '修改后合法。' }));
    expect(reply.matter?.result).toBe('lawful-after-revision');
  });

  it('review.submit with required items open: the review with its reason and the matter moved to 待签批', async () => {
    const reply = await expectReplyIsTheChange(matterId, () => call('review.submit', { matterId, overrideReason: '紧急事项，先行提交' }));
    expect(reply.review?.state).toBe('submitted');
    expect(reply.matter?.status).toBe('awaiting-signoff');
  });

  it('review.return: the review and the matter back in 审查中', async () => {
    const reply = await expectReplyIsTheChange(matterId, () => call('review.return', { matterId, comment: '请补充说明。' }, APPROVER));
    expect(reply.matter?.status).toBe('in-review');
  });

  it('review.approve: the review and the matter signed off (已签批待出具)', async () => {
    await call('review.submit', { matterId, overrideReason: '紧急事项，先行提交' });
    const reply = await expectReplyIsTheChange(matterId, () => call('review.approve', { matterId, comment: '同意' }, APPROVER));
    expect(reply.review?.state).toBe('approved');
    expect(reply.matter?.signedOffOn).not.toBeNull();
  });

  it('letters.issue: the letter and the matter it moved (待反馈, the opinions wait for feedback)', async () => {
    await call('office.save', { settings: defaultOfficeSettings('某县司法局', '某司审') });
    const before = await call('matters.get', { id: matterId });
    const reply = await call('letters.issue', { matterId, kind: 'legality-opinion' }, APPROVER);
    const after = await call('matters.get', { id: matterId });
    expect(after).not.toEqual(before);
    expect(reply.matter).toEqual(after);
    expect(reply.matter.status).toBe('awaiting-feedback');
  });

  it('review.start on a new matter: the checklist, no records yet, the matter moved to 审查中', async () => {
    const matter = await call('matters.create', { type: 'village.rules', title: '某村村规民约', submittingUnit: '东风村民委员会', receivedOn: '2026-05-06' });
    const reply = await expectReplyIsTheChange(matter.id, () => call('review.start', { matterId: matter.id }));
    expect(reply).toMatchObject({ answers: [], opinions: [], deletedOpinionIds: [], findings: [], matter: { status: 'in-review' } });
  });
});
