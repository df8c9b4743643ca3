import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import type { MethodInput, MethodOutput, Method } from '../../../shared/contract/index.js';
import { MATTER_TYPES } from '../../../shared/domain/matter.js';
import { tableCounts, tempCore } from '../../support/core.js';
import { contextAs } from '../../support/accounts.js';

let env: Awaited<ReturnType<typeof tempCore>>;
beforeAll(async () => {
  env = await tempCore();
});
afterAll(() => env.dispose());

/** Calls a method through the router and unwraps the value, failing the test on an error. */
async function call<M extends Method>(method: M, input: MethodInput<M>, actor = 'reviewer'): Promise<MethodOutput<M>> {
  const result = await dispatch(method, input, await contextAs(env.core, actor));
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}
async function fails(method: Method, input: unknown, actor = 'reviewer') {
  const result = await dispatch(method, input, await contextAs(env.core, actor));
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error;
}

async function newMatter(type: (typeof MATTER_TYPES)[number]) {
  return call('matters.create', { type, title: `测试事项 ${type}`, submittingUnit: '东风村民委员会', receivedOn: '2025-04-01' });
}

describe('checklist-guided review through the API', () => {
  it.each(MATTER_TYPES)('completes the checklist of a %s matter and submits it', async (type) => {
    const matter = await newMatter(type);
    const review = await call('review.start', { matterId: matter.id });
    expect(review.template.matterType).toBe(type);
    expect(review.review.progress.answered).toBe(0);
    expect((await call('matters.get', { id: matter.id })).status).toBe('in-review');

    const problemItem = review.template.items.find((i) => i.required) ?? review.template.items[0]!;
    for (const item of review.template.items) {
      await call('review.answer', { matterId: matter.id, itemId: item.id, status: item === problemItem ? 'problem' : 'pass', note: item === problemItem ? '主体资格证明缺失' : null });
    }
    const [opinion] = (await call('opinions.add', {
      matterId: matter.id,
      text: `关于“${problemItem.question}”的审查意见。`,
      severity: problemItem.defaultSeverity,
      basis: '《中华人民共和国村民委员会组织法》第二十七条',
      checklistItemId: problemItem.id,
    })).opinions;
    expect(opinion!.position).toBe(1);
    await call('review.conclude', { matterId: matter.id, result: 'lawful-after-revision', summary: '修改后合法。' });
    const done = (await call('review.submit', { matterId: matter.id })).review!;
    expect(done.state).toBe('submitted');
    expect(done.progress).toMatchObject({ answered: review.template.items.length, requiredOpen: [] });
    expect((await call('review.get', { matterId: matter.id })).opinions.map((o) => o.text)).toEqual([opinion!.text]);
    expect((await call('matters.get', { id: matter.id })).status).toBe('awaiting-signoff');
  });

  it('refuses to submit with required items open unless a reason is given, which is recorded', async () => {
    const matter = await newMatter('normative');
    const review = await call('review.start', { matterId: matter.id });
    await call('review.conclude', { matterId: matter.id, result: 'lawful', summary: null });
    const before = tableCounts(env.core);
    const refused = await fails('review.submit', { matterId: matter.id });
    expect(refused.code).toBe('review.required-open');
    expect(refused.message).toContain(`${review.review.progress.requiredOpen.length} 个必查要点未完成`);
    expect(tableCounts(env.core)).toEqual(before);
    const forced = (await call('review.submit', { matterId: matter.id, overrideReason: '紧急事项，经分管领导同意先行提交' })).review!;
    expect(forced.overrideReason).toBe('紧急事项，经分管领导同意先行提交');
    expect(forced.signoffs).toMatchObject([{ action: 'submit', comment: '紧急事项，经分管领导同意先行提交' }]);
  });

  it('runs the two-person sign-off: return with comments, fix, resubmit, approve', async () => {
    const matter = await newMatter('village.rules');
    const review = await call('review.start', { matterId: matter.id });
    for (const item of review.template.items) await call('review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' });
    await call('review.conclude', { matterId: matter.id, result: 'lawful', summary: null });
    await call('review.submit', { matterId: matter.id });
    // Locked while awaiting sign-off.
    expect((await fails('review.answer', { matterId: matter.id, itemId: review.template.items[0]!.id, status: 'problem' })).code).toBe('review.locked');
    const returned = (await call('review.return', { matterId: matter.id, comment: '第三条罚款规定未提出意见，请补充' }, 'approver')).review!;
    expect(returned.state).toBe('returned');
    expect((await call('matters.get', { id: matter.id })).status).toBe('in-review');
    await call('opinions.add', { matterId: matter.id, text: '建议删除第三条中“罚款二百元”的规定。', severity: 'must' });
    await call('review.conclude', { matterId: matter.id, result: 'lawful-after-revision', summary: null });
    await call('review.submit', { matterId: matter.id });
    const approved = (await call('review.approve', { matterId: matter.id, comment: '同意' }, 'approver')).review!;
    expect(approved.state).toBe('approved');
    expect(approved.signoffs.map((s) => [s.action, s.actor])).toEqual([
      ['submit', 'reviewer'],
      ['return', 'approver'],
      ['submit', 'reviewer'],
      ['approve', 'approver'],
    ]);
    expect((await fails('opinions.add', { matterId: matter.id, text: 'x', severity: 'hint' })).code).toBe('review.locked');
    // Every status move the review caused is in the workflow history, in order, with who did it.
    const history = await call('workflow.history', { matterId: matter.id });
    expect(history.map((h) => [h.from, h.to, h.actor])).toEqual([
      ['registered', 'in-review', 'reviewer'],
      ['in-review', 'awaiting-signoff', 'reviewer'],
      ['awaiting-signoff', 'in-review', 'approver'],
      ['in-review', 'awaiting-signoff', 'reviewer'],
    ]);
    expect(history[2]!.reason).toBe('第三条罚款规定未提出意见，请补充');
  });

  it('reorders opinions only with the full list', async () => {
    const matter = await newMatter('contract');
    await call('review.start', { matterId: matter.id });
    const added = (text: string, severity: 'must' | 'should' | 'hint') => call('opinions.add', { matterId: matter.id, text, severity }).then((r) => r.opinions[0]!);
    const a = await added('意见一', 'must');
    const b = await added('意见二', 'should');
    const c = await added('意见三', 'hint');
    const reordered = await call('opinions.reorder', { matterId: matter.id, order: [c.id, a.id, b.id] });
    expect(reordered.opinions.map((o) => o.text)).toEqual(['意见三', '意见一', '意见二']);
    expect((await fails('opinions.reorder', { matterId: matter.id, order: [a.id, b.id] })).code).toBe('opinion.order-mismatch');
    await call('opinions.delete', { id: c.id });
    expect((await call('review.get', { matterId: matter.id })).opinions.map((o) => o.text)).toEqual(['意见一', '意见二']);
  });

  it('searches the legal-basis and phrase libraries and keeps an opinion as an office phrase', async () => {
    const hits = await call('library.basis.search', { query: '组织法 第27条' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.law).toContain('村民委员会组织法');
    const matter = await newMatter('village.rules');
    await call('review.start', { matterId: matter.id });
    const [opinion] = (await call('opinions.add', { matterId: matter.id, text: '村规民约不得设定罚款，建议删除第五条。', severity: 'must', basisId: hits[0]!.id })).opinions;
    const phrase = await call('library.phrases.addFromOpinion', { opinionId: opinion!.id, tags: ['罚款'] });
    expect(phrase).toMatchObject({ text: opinion!.text, matterTypes: ['village.rules'], basisIds: [hits[0]!.id] });
    const found = await call('library.phrases.search', { query: '不得设定罚款', matterType: 'village.rules' });
    expect(found.map((p) => p.id)).toContain(phrase.id);
  });

  it('copies a template, edits it under a new version, makes it the default and exports/imports it', async () => {
    const [builtin] = await call('templates.list', { matterType: 'village.rules' });
    expect(builtin).toMatchObject({ source: 'builtin', isDefault: true });
    const copy = await call('templates.copy', { fromId: builtin!.id, newId: 'hh-village-rules', office: '红花镇司法所' });
    expect(copy).toMatchObject({ source: 'office', version: 1 });
    const edited = { ...copy, version: 2, items: [...copy.items, { ...copy.items[0]!, id: 'HH-01', question: '是否经镇司法所预审？' }] };
    await call('templates.save', { template: edited, makeDefault: true });
    const unchangedVersion = { ...edited, title: '改了标题但没改版本' };
    expect((await fails('templates.save', { template: unchangedVersion })).code).toBe('template.version-unchanged');
    const list = await call('templates.list', { matterType: 'village.rules' });
    expect(list.find((t) => t.id === 'hh-village-rules')).toMatchObject({ isDefault: true, items: copy.items.length + 1 });
    // New reviews of the type start from the office default, recording its version.
    const matter = await newMatter('village.rules');
    const review = await call('review.start', { matterId: matter.id });
    expect(review.template).toMatchObject({ id: 'hh-village-rules', version: 2 });
    const exported = await call('templates.export', { id: 'hh-village-rules' });
    expect(exported.fileName).toBe('hh-village-rules-v2.checklist.json');
    const other = JSON.parse(exported.json);
    other.template.id = 'imported-copy';
    expect((await call('templates.import', { json: JSON.stringify(other) })).id).toBe('imported-copy');
    other.template.items[0].basis = ['no-such-basis'];
    other.template.id = 'broken';
    const refused = await fails('templates.import', { json: JSON.stringify(other) });
    expect(refused.code).toBe('template.unknown-basis');
  });

  it('records the signed-in accounts under each step and refuses sign-off by the account that submitted', async () => {
    const matter = await newMatter('contract');
    await contextAs(env.core, 'zhang', ['reviewer', 'approver']);
    await contextAs(env.core, 'zhao', ['approver']);
    const review = await call('review.start', { matterId: matter.id }, 'zhang');
    for (const item of review.template.items) await call('review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' }, 'zhang');
    await call('review.conclude', { matterId: matter.id, result: 'lawful', summary: null }, 'zhang');
    // A name typed into the request no longer counts: the signer is whoever is signed in.
    await call('review.submit', { matterId: matter.id, signer: '赵所长' } as MethodInput<'review.submit'>, 'zhang');
    const before = tableCounts(env.core);
    const same = await fails('review.approve', { matterId: matter.id }, 'zhang');
    expect(same).toMatchObject({ code: 'review.same-person' });
    expect(tableCounts(env.core)).toEqual(before);
    const approved = (await call('review.approve', { matterId: matter.id, comment: '同意' }, 'zhao')).review!;
    expect(approved.signoffs.map((s) => [s.action, s.actor, s.actorName])).toEqual([
      ['submit', 'zhang', 'zhang'],
      ['approve', 'zhao', 'zhao'],
    ]);
  });

  it('lets only the approver role approve, and only the review roles submit', async () => {
    const matter = await newMatter('contract');
    await contextAs(env.core, 'counsel-li', ['counsel']);
    await contextAs(env.core, 'viewer-wu', ['viewer']);
    const review = await call('review.start', { matterId: matter.id });
    for (const item of review.template.items) await call('review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' });
    await call('review.conclude', { matterId: matter.id, result: 'lawful', summary: null });
    expect(await fails('review.submit', { matterId: matter.id }, 'viewer-wu')).toMatchObject({ code: 'auth.forbidden' });
    await call('review.submit', { matterId: matter.id });
    const refused = await fails('review.approve', { matterId: matter.id }, 'counsel-li');
    expect(refused).toMatchObject({ code: 'auth.forbidden', message: expect.stringContaining('签批人') });
  });
});
