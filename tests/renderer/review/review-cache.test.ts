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
  reviewCache.putReview(qc, matter.id, await call('review.start', { matterId: matter.id }));
  qc.setQueryData(reviewKeys.findings(matter.id, document.id), await call('findings.list', { documentId: document.id }));
  return { matterId: matter.id, documentId: document.id, qc };
}

/** What the screen shows of a review; answer times are left out (the cache takes the opinion's, the core its own clock). */
function shown(review: Review | null | undefined) {
  if (!review) return review;
  return {
    state: review.state,
    opinions: review.opinions,
    progress: review.progress,
    answers: [...review.answers].sort((a, b) => a.itemId.localeCompare(b.itemId)).map(({ itemId, status, note, updatedBy }) => ({ itemId, status, note, updatedBy })),
  };
}
async function expectCacheIsServer(qc: QueryClient, matterId: number, documentId: number) {
  expect(shown(qc.getQueryData<Review>(reviewKeys.review(matterId)))).toEqual(shown(await call('review.get', { matterId })));
  expect(qc.getQueryData<StoredFinding[]>(reviewKeys.findings(matterId, documentId))).toEqual(await call('findings.list', { documentId }));
}

describe('the review cache after each write', () => {
  it('a new opinion on an unanswered item: the opinion is listed and the item marked 有问题, without reading the review again', async () => {
    const { matterId, documentId, qc } = await setUp('意见新增');
    const item = (qc.getQueryData<Review>(reviewKeys.review(matterId)))!.template.items[0]!;
    const opinion = await call('opinions.add', { matterId, text: '主体资格需补充。', severity: 'should', basis: null, checklistItemId: item.id });
    reviewCache.opinionSaved(qc, matterId, opinion, ACTOR);
    const cached = qc.getQueryData<Review>(reviewKeys.review(matterId))!;
    expect(cached.answers.find((a) => a.itemId === item.id)?.status).toBe('problem');
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('a 提示 on an item leaves the item as it was; an edit moving an opinion to another item marks that one', async () => {
    const { matterId, documentId, qc } = await setUp('提示与修改');
    const [a, b] = qc.getQueryData<Review>(reviewKeys.review(matterId))!.template.items;
    const hint = await call('opinions.add', { matterId, text: '请注意表述。', severity: 'hint', basis: null, checklistItemId: a!.id });
    reviewCache.opinionSaved(qc, matterId, hint, ACTOR);
    await expectCacheIsServer(qc, matterId, documentId);
    const moved = await call('opinions.update', { id: hint.id, text: '须补充依据。', severity: 'must', basis: null, checklistItemId: b!.id });
    reviewCache.opinionSaved(qc, matterId, moved, ACTOR);
    expect(qc.getQueryData<Review>(reviewKeys.review(matterId))!.opinions).toHaveLength(1);
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('采纳 a finding: the reply puts the opinion and the finding in the cache, with the linked item marked', async () => {
    const { matterId, documentId, qc } = await setUp('采纳');
    const [first] = qc.getQueryData<StoredFinding[]>(reviewKeys.findings(matterId, documentId))!;
    const item = qc.getQueryData<Review>(reviewKeys.review(matterId))!.template.items[1]!;
    const reply = await call('findings.accept', { id: first!.id, checklistItemId: item.id });
    reviewCache.findingAccepted(qc, matterId, reply, ACTOR);
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('deleting the opinion of an accepted finding reopens the finding in the cache as the core reopens it', async () => {
    const { matterId, documentId, qc } = await setUp('删除意见');
    const [, second] = qc.getQueryData<StoredFinding[]>(reviewKeys.findings(matterId, documentId))!;
    const reply = await call('findings.accept', { id: second!.id });
    reviewCache.findingAccepted(qc, matterId, reply, ACTOR);
    await call('opinions.delete', { id: reply.opinion.id });
    reviewCache.opinionDeleted(qc, matterId, reply.opinion.id);
    expect(qc.getQueryData<StoredFinding[]>(reviewKeys.findings(matterId, documentId))!.find((f) => f.id === second!.id)?.state).toBe('open');
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('不采纳 and a reorder: the cache holds the replies', async () => {
    const { matterId, documentId, qc } = await setUp('不采纳与排序');
    const findings = qc.getQueryData<StoredFinding[]>(reviewKeys.findings(matterId, documentId))!;
    reviewCache.findingChanged(qc, matterId, await call('findings.dismiss', { id: findings[0]!.id, reason: '该条款已由双方确认。' }));
    const o1 = await call('opinions.add', { matterId, text: '第一条意见。', severity: 'should', basis: null, checklistItemId: null });
    reviewCache.opinionSaved(qc, matterId, o1, ACTOR);
    const o2 = await call('opinions.add', { matterId, text: '第二条意见。', severity: 'hint', basis: null, checklistItemId: null });
    reviewCache.opinionSaved(qc, matterId, o2, ACTOR);
    reviewCache.reorderSent(qc, matterId, [o2.id, o1.id]);
    expect(qc.getQueryData<Review>(reviewKeys.review(matterId))!.opinions.map((o) => o.id)).toEqual([o2.id, o1.id]);
    reviewCache.opinionsOrdered(qc, matterId, await call('opinions.reorder', { matterId, order: [o2.id, o1.id] }));
    await expectCacheIsServer(qc, matterId, documentId);
  });

  it('an answer shows at once with the progress the server then computes', async () => {
    const { matterId, documentId, qc } = await setUp('回答');
    const review = qc.getQueryData<Review>(reviewKeys.review(matterId))!;
    const required = review.template.items.find((i) => i.required)!;
    reviewCache.answerSent(qc, matterId, required.id, 'pass', null);
    const optimistic = qc.getQueryData<Review>(reviewKeys.review(matterId))!;
    const reply = await call('review.answer', { matterId, itemId: required.id, status: 'pass', note: null });
    expect(optimistic.progress).toEqual(reply.progress);
    reviewCache.putReview(qc, matterId, reply);
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
