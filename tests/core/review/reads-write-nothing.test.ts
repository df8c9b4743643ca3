/**
 * Read methods never write (issue 20: opening the 审查 tab used to start the review). On a real archive
 * with a review in every state a read can meet — answers, opinions, an accepted finding, a sign-off,
 * and an opinion saved before the statute library was built (law.citedVersions used to record its
 * citations while reading) — every method the contract marks `writes: false` is called, and no row of
 * any table may change; the audit log may only gain the read entries kept for what left the archive.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { openCore, type Core } from '../../../main/core/core.js';
import { defaultResourcesDir } from '../../../main/core/checklists/resources-dir.js';
import { readShippedSnapshot } from '../../../main/core/statutes/snapshot-file.js';
import { statuteDb } from '../../../main/core/statutes/statute-store.js';
import { contract, METHODS, type Method, type MethodInput, type MethodOutput } from '../../../shared/contract/index.js';
import { contextAs } from '../../support/accounts.js';
import { callAs } from '../../support/approved-matter.js';
import { tableDigest } from '../../support/core.js';
import { writeShipped } from '../../support/statute-snapshots.js';
import { makeTempDir } from '../../support/temp-dir.js';

const RISKY = path.join(import.meta.dirname, '..', '..', 'fixtures', 'docx', 'zh-contract-lease-filled-risky-01.docx');
const villagers = readShippedSnapshot(defaultResourcesDir()).entries.find((e) => e.file.includes('村民委员会组织法(2018-12-29)'))!;
const temp = makeTempDir('reads-write-nothing-');
let core: Core;
const ids = { matterId: 0, documentId: 0, opinionId: 0, findingId: 0 };

const call = <M extends Method>(method: M, input: MethodInput<M>, login = '王审查'): Promise<MethodOutput<M>> => callAs(core, login, method, input);

beforeAll(async () => {
  const resources = path.join(temp.dir, 'resources');
  writeShipped([villagers], resources);
  core = await openCore(path.join(temp.dir, 'data'));
  const matter = await call('matters.create', { type: 'contract', title: '某村房屋租赁合同', submittingUnit: '东风村民委员会', receivedOn: '2026-05-06' });
  const { document } = await call('documents.import', { matterId: matter.id, fileName: 'lease.docx', content: readFileSync(RISKY) });
  const [finding] = await call('findings.list', { documentId: document.id });
  const started = await call('findings.accept', { id: finding!.id });
  for (const item of started.template!.items) await call('review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' }).catch(() => undefined);
  // Saved before the statute library exists: no citation is recorded for it.
  const opinion = await call('opinions.add', { matterId: matter.id, text: '村规民约须经村民会议讨论通过。', severity: 'should', basis: '《中华人民共和国村民委员会组织法》第二十七条第一款' });
  await call('review.conclude', { matterId: matter.id, result: 'lawful-after-revision', summary: '修改后合法。' });
  await call('review.submit', { matterId: matter.id, overrideReason: '先行提交' });
  await call('review.approve', { matterId: matter.id, comment: '同意' }, '赵所长');
  statuteDb(core.dataDir, { resourcesDir: resources });
  Object.assign(ids, { matterId: matter.id, documentId: document.id, opinionId: opinion.opinions[0]!.id, findingId: finding!.id });
});
afterAll(() => {
  core.close();
  temp.remove();
});

/** An input for any read: the fields it names are taken, the others dropped by its schema. */
function inputFor(method: Method): Record<string, unknown> {
  const id = { 'id:document': ids.documentId, 'id:opinion': ids.opinionId, 'id:finding': ids.findingId }[contract[method].matterOf as string] ?? ids.matterId;
  return { ...ids, id, matterIds: [ids.matterId], query: '村民会议' };
}

// Not archive reads: law.prepare builds the separate statute file, documents.cancelImport stops an import in memory.
const OUTSIDE_THE_ARCHIVE = new Set<Method>(['law.prepare', 'documents.cancelImport']);

describe('read methods write nothing', () => {
  it('the opinion saved before the statute library has its cited version shown, computed without recording it', async () => {
    const cited = await call('law.citedVersions', { matterId: ids.matterId });
    expect(cited.map((c) => c.opinionId)).toContain(ids.opinionId);
    expect(core.db.prepare('SELECT count(*) AS n FROM opinion_citations WHERE opinion_id = ?').get(ids.opinionId)).toEqual({ n: 0 });
  });

  it('every writes:false method of the contract leaves every row of the archive as it was', async () => {
    const ctx = await contextAs(core, 'reader');
    const before = tableDigest(core);
    const lastAudit = (core.db.prepare('SELECT max(id) AS n FROM audit_log').get() as { n: number }).n;
    const answered: Method[] = [];
    for (const method of METHODS.filter((m) => !contract[m].writes && !OUTSIDE_THE_ARCHIVE.has(m))) {
      const result = await dispatch(method, inputFor(method) as MethodInput<typeof method>, ctx);
      if (result.ok) answered.push(method);
    }
    // The sweep really reached the review's reads (a wrong input would only test the refusal).
    expect(answered).toEqual(expect.arrayContaining(['review.get', 'review.find', 'findings.list', 'findings.counts', 'documents.get', 'law.citedVersions', 'matters.get', 'workflow.get', 'casefile.get']));
    // The one deliberate trace: what left the archive (an original, an annotated copy, an export) is
    // logged as a read (main/api/read-audit.ts). Nothing else is written.
    const logged = (core.db.prepare('SELECT action FROM audit_log WHERE id > ? ORDER BY id').all(lastAudit) as { action: string }[]).map((r) => r.action);
    expect(logged.every((a) => a.startsWith('read.') && answered.includes(a.slice(5) as Method))).toBe(true);
    const { audit_log: _log, ...after } = tableDigest(core);
    const { audit_log: _before, ...rest } = before;
    expect(after).toEqual(rest);
  });
});
