import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Method, MethodInput, MethodOutput, Review, StoredFinding } from '../../../shared/contract/index.js';
import { reviewCache, reviewKeys } from '../../../renderer/src/areas/review/review-cache.js';
import { callAs } from '../../support/approved-matter.js';
import { tempCore } from '../../support/core.js';

/*
 * The workspace's data layer puts each write's reply into the cache instead of reloading the review
 * (issue 20). These tests make real writes on a real archive, apply the replies the way the hooks in
 * review-data.ts do, and compare the cache with what the server reads back afterwards: if the cache
 * update forgot something the write changed (an item marked 有问题, a finding reopened), they differ.
 */

const RISKY = join(import.meta.dirname, '..', '..', 'fixtures', 'docx', 'zh-contract-lease-filled-risky-01.docx');
const ACTOR = '王审查';
let env: Awaited<ReturnType<typeof tempCore>>;
beforeAll(async () => {
  env = await tempCore();
});
afterAll(() => env.dispose());

const call = <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => callAs(env.core, ACTOR, method, input);

/** A matter with the risky lease imported (it has findings) and its review started, cached as the workspace caches it. */
async function setUp(title: string) {
  const matter = await call('matters.create', { type: 'contract', title, submittingUnit: '某公司', receivedOn: '2026-05-06' });
  const { document } = await call('documents.import', { matterId: matter.id, fileName: 'risky.docx', content: readFileSync(RISKY) });
  const qc = new QueryClient();
  qc.setQueryData(reviewKeys.review(matter.id), await call('review.find', { matterId: matter.id }));
  qc.setQueryData(reviewKeys.matter(matter.id), await call('matters.get', { id: matter.id }));
  qc.setQueryData(reviewKeys.findings(matter.id, document.id), await call('findings.list', { documentId: document.id }));
  // 开始审查's reply alone fills the review and moves the matter in the cache.
  reviewCache.apply(qc, await call('review.start', { matterId: matter.id }));
  return { matterId: matter.id, documentId: document.id, qc };
}

/** Answers come back by item id; their order carries no meaning. */
const answersSorted = (review: Review | null | undefined) =>
  review && { ...review, answers: [...review.answers].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0)) };

/** The cache holds exactly what the server reads back: the review (times included), the findings and the matter. */
async function expectCacheIsServer(qc: QueryClient, matterId: number, documentId: number) {
  expect(answersSorted(qc.getQueryData<Review>(reviewKeys.review(matterId)))).toEqual(answersSorted(await call('review.get', { matterId })));
  expect(qc.getQueryData<StoredFinding[]>(reviewKeys.findings(matterId, documentId))).toEqual(await call('findings.list', { documentId }));
  expect(qc.getQueryData(reviewKeys.matter(matterId))).toEqual(await call('matters.get', { id: matterId }));
}

const cachedReview = (qc: QueryClient, matterId: number) => qc.getQueryData<Review>(reviewKeys.review(matterId))!;

describe('the review cache after each write', () => {
  it('开始审查: the reply builds the cached review and moves the matter to 审查中', async () => {
    const { matterId, documentId, qc } = await setUp('开始审查');
    expect(qc.getQueryData<{ status: string }>(reviewKeys.matter(matterId))?.status).toBe('in-review');
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('a new opinion on an unanswered item: the opinion is listed and the item marked 有问题, without reading the review again', async () => {
    const { matterId, documentId, qc } = await setUp('意见新增');
    const item = cachedReview(qc, matterId).template.items[0]!;
    reviewCache.apply(qc, await call('opinions.add', { matterId, text: '主体资格需补充。', severity: 'should', basis: null, checklistItemId: item.id }));
    expect(cachedReview(qc, matterId).answers.find((a) => a.itemId === item.id)?.status).toBe('problem');
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('a 提示 on an item leaves the item as it was; an edit moving an opinion to another item marks that one', async () => {
    const { matterId, documentId, qc } = await setUp('提示与修改');
    const [a, b] = cachedReview(qc, matterId).template.items;
    const hint = await call('opinions.add', { matterId, text: '请注意表述。', severity: 'hint', basis: null, checklistItemId: a!.id });
    expect(hint.answers).toEqual([]);
    reviewCache.apply(qc, hint);
    await expectCacheIsServer(qc, matterId, documentId);
    reviewCache.apply(qc, await call('opinions.update', { id: hint.opinions[0]!.id, text: '须补充依据。', severity: 'must', basis: null, checklistItemId: b!.id }));
    expect(cachedReview(qc, matterId).opinions).toHaveLength(1);
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('采纳 a finding: the reply puts the opinion and the finding in the cache, with the linked item marked', async () => {
    const { matterId, documentId, qc } = await setUp('采纳');
    const [first] = qc.getQueryData<StoredFinding[]>(reviewKeys.findings(matterId, documentId))!;
    const item = cachedReview(qc, matterId).template.items[1]!;
    reviewCache.apply(qc, await call('findings.accept', { id: first!.id, checklistItemId: item.id }));
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('采纳 before 开始审查: the reply starts the review in the cache and moves the matter', async () => {
    const matter = await call('matters.create', { type: 'contract', title: '先采纳', submittingUnit: '某公司', receivedOn: '2026-05-06' });
    const { document } = await call('documents.import', { matterId: matter.id, fileName: 'risky.docx', content: readFileSync(RISKY) });
    const qc = new QueryClient();
    qc.setQueryData(reviewKeys.review(matter.id), await call('review.find', { matterId: matter.id }));
    qc.setQueryData(reviewKeys.matter(matter.id), await call('matters.get', { id: matter.id }));
    const findings = await call('findings.list', { documentId: document.id });
    qc.setQueryData(reviewKeys.findings(matter.id, document.id), findings);
    expect(qc.getQueryData(reviewKeys.review(matter.id))).toBeNull();
    reviewCache.apply(qc, await call('findings.accept', { id: findings[0]!.id }));
    await expectCacheIsServer(qc, matter.id, document.id);
  });

  it('deleting the opinion of an accepted finding reopens the finding in the cache as the core reopens it', async () => {
    const { matterId, documentId, qc } = await setUp('删除意见');
    const [, second] = qc.getQueryData<StoredFinding[]>(reviewKeys.findings(matterId, documentId))!;
    const accepted = await call('findings.accept', { id: second!.id });
    reviewCache.apply(qc, accepted);
    reviewCache.apply(qc, await call('opinions.delete', { id: accepted.opinions[0]!.id }));
    expect(qc.getQueryData<StoredFinding[]>(reviewKeys.findings(matterId, documentId))!.find((f) => f.id === second!.id)?.state).toBe('open');
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('不采纳 and a reorder: the cache holds the replies', async () => {
    const { matterId, documentId, qc } = await setUp('不采纳与排序');
    const findings = qc.getQueryData<StoredFinding[]>(reviewKeys.findings(matterId, documentId))!;
    reviewCache.apply(qc, await call('findings.dismiss', { id: findings[0]!.id, reason: '该条款已由双方确认。' }));
    const o1 = await call('opinions.add', { matterId, text: '第一条意见。', severity: 'should', basis: null, checklistItemId: null });
    reviewCache.apply(qc, o1);
    const o2 = await call('opinions.add', { matterId, text: '第二条意见。', severity: 'hint', basis: null, checklistItemId: null });
    reviewCache.apply(qc, o2);
    const order = [o2.opinions[0]!.id, o1.opinions[0]!.id];
    reviewCache.reorderSent(qc, matterId, order);
    expect(cachedReview(qc, matterId).opinions.map((o) => o.id)).toEqual(order);
    reviewCache.apply(qc, await call('opinions.reorder', { matterId, order }));
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('an answer shows at once; the reply brings its time and the progress the server computes', async () => {
    const { matterId, documentId, qc } = await setUp('回答');
    const required = cachedReview(qc, matterId).template.items.find((i) => i.required)!;
    const answeredBefore = cachedReview(qc, matterId).progress.answered;
    reviewCache.answerSent(qc, matterId, required.id, 'pass', null);
    expect(cachedReview(qc, matterId).answers.find((a) => a.itemId === required.id)?.status).toBe('pass');
    // The 已完成 count follows the key at once; the reply brings the rest of the progress.
    expect(cachedReview(qc, matterId).progress.answered).toBe(answeredBefore + 1);
    reviewCache.apply(qc, await call('review.answer', { matterId, itemId: required.id, status: 'pass', note: null }));
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('结论, 提交签批, 退回, 签批: each reply moves the review and the matter in the cache', async () => {
    const { matterId, documentId, qc } = await setUp('签批流程');
    for (const item of cachedReview(qc, matterId).template.items) {
      reviewCache.apply(qc, await call('review.answer', { matterId, itemId: item.id, status: 'pass', note: null }));
    }
    reviewCache.apply(qc, await call('review.conclude', { matterId, result: 'lawful', summary: '合法。' }));
    await expectCacheIsServer(qc, matterId, documentId);
    reviewCache.apply(qc, await call('review.submit', { matterId }));
    await expectCacheIsServer(qc, matterId, documentId);
    reviewCache.apply(qc, await callAs(env.core, '赵所长', 'review.return', { matterId, comment: '请补充说明。' }));
    await expectCacheIsServer(qc, matterId, documentId);
    reviewCache.apply(qc, await call('review.submit', { matterId }));
    reviewCache.apply(qc, await callAs(env.core, '赵所长', 'review.approve', { matterId, comment: '同意' }));
    expect(qc.getQueryData<{ signedOffOn: string | null }>(reviewKeys.matter(matterId))?.signedOffOn).not.toBeNull();
    await expectCacheIsServer(qc, matterId, documentId);
  });
});

describe('the data layer is the only way to the server', () => {
  const dir = join(import.meta.dirname, '..', '..', '..', 'renderer', 'src', 'areas', 'review');
  // review-data.ts (hooks) and review-cache.ts (keys and cache updates) are the data layer.
  const components = readdirSync(dir).filter((f) => /\.(ts|tsx)$/.test(f) && f !== 'review-data.ts' && f !== 'review-cache.ts');

  it.each(components)('%s builds no query key and calls no API', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    expect(source).not.toMatch(/from '\.\.\/\.\.\/api\/client'/);
    expect(source).not.toMatch(/\b(useQuery|useMutation|useQueryClient|queryKey)\b/);
  });
});
