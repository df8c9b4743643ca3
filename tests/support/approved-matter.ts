import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../main/api/router.js';
import type { Core } from '../../main/core/core.js';
import type { Method, MethodInput, MethodOutput } from '../../shared/contract/index.js';
import { contextAs } from './accounts.js';

export const LEASE_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'docx', 'zh-contract-lease-rural-01.docx');

/**
 * Calls a method through the router signed in as the account `login` (created with the 司法所 staff
 * roles on first use), unwrapping the value or throwing with the error code.
 */
export async function callAs<M extends Method>(core: Core, login: string, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(method, input, await contextAs(core, login));
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

/**
 * A matter with the lease DOCX imported, one opinion anchored on its text and one plain opinion,
 * every checklist item answered, submitted by 王审查 and approved by 李所长.
 */
export async function approvedMatter(core: Core, title = '某村房屋租赁合同') {
  const call = <M extends Method>(method: M, input: MethodInput<M>, actor = '王审查') => callAs(core, actor, method, input);
  const matter = await call('matters.create', { type: 'village.contract', title, submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' });
  const { document } = await call('documents.import', {
    matterId: matter.id,
    fileName: 'lease.docx',
    content: readFileSync(LEASE_FIXTURE),
  });
  const detail = await call('documents.get', { id: document.id });
  const block = detail.blocks.find((b) => b.text.includes('租赁') && b.text.length > 20)!;
  const start = block.text.indexOf('租赁');
  const quote = block.text.slice(start, start + 8);
  const review = await call('review.start', { matterId: matter.id });
  for (const item of review.template.items) await call('review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' });
  await call('opinions.add', {
    matterId: matter.id,
    text: '租赁期限超过二十年的部分无效，建议将租赁期限调整为不超过二十年。',
    severity: 'must',
    basis: '《中华人民共和国民法典》第七百零五条',
    anchor: { documentId: document.id, paragraph: block.index, start, end: start + 8, quote },
  });
  await call('opinions.add', { matterId: matter.id, text: '建议补充争议解决条款。', severity: 'should', basis: null });
  await call('review.conclude', { matterId: matter.id, result: 'lawful-after-revision', summary: '该合同经修改后合法。' });
  await call('review.submit', { matterId: matter.id });
  await call('review.approve', { matterId: matter.id }, '李所长');
  return { matter, document, quote };
}
