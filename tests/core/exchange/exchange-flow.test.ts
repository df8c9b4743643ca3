import { LetterRequest } from '../../../shared/contract/letters.js';
import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPackage } from '../../../main/core/exchange/export-package.js';
import { importPackage } from '../../../main/core/exchange/import-package.js';
import { countyStatistics } from '../../../main/core/exchange/county-statistics.js';
import { matterByUid } from '../../../main/core/exchange/links.js';
import { createMatter, getMatter } from '../../../main/core/matters/matter-service.js';
import { computeStatistics } from '../../../main/core/reports/statistics.js';
import { answerItem, concludeReview, readReview } from '../../../main/core/review/review-service.js';
import { addOpinion } from '../../../main/core/review/opinion-service.js';
import { approveReview, submitForSignoff } from '../../../main/core/review/signoff-service.js';
import { issueLetter, listLetters, letterFile } from '../../../main/core/letters/letter-service.js';
import { listMatterDocuments, readBlocks } from '../../../main/core/documents/document-store.js';
import { importDocument } from '../../../main/core/documents/document-service.js';
import { dismissFinding, listMatterFindings } from '../../../main/core/findings/finding-service.js';
import { listFeedback, recordFeedback } from '../../../main/core/workflow/feedback-service.js';
import { todayIso } from '../../../main/core/workflow/office-settings.js';
import { LEASE_FIXTURE } from '../../support/approved-matter.js';
import { tableCounts } from '../../support/core.js';
import { makeOffice, trust, type Office } from './offices.js';

/*
 * Three installations that share no network — a unit (村委会), the 司法所 and its counsel — carry one
 * matter through 送审 → 协审 → reply → sign-off → 意见书 → 反馈 by package files only.
 */

const REVISED = readFileSync(LEASE_FIXTURE.replace('lease-rural-01', 'lease-std-01'));

let unit: Office;
let sfs: Office;
let counsel: Office;

beforeAll(async () => {
  unit = await makeOffice('东风村民委员会', 'DFC', 'unit', [{ login: 'cun', displayName: '张联络' }]);
  sfs = await makeOffice('城关司法所', 'CGS', 'township-office', [
    { login: 'wang', displayName: '王审查' },
    { login: 'li', displayName: '李所长' },
  ]);
  counsel = await makeOffice('城关村居法律顾问', 'GW01', 'counsel', [{ login: 'zhao', roles: ['counsel', 'reviewer'], displayName: '赵顾问' }]);
  trust(sfs, unit);
  trust(unit, sfs);
  trust(sfs, counsel);
  trust(counsel, sfs);
});

afterAll(() => {
  for (const o of [unit, sfs, counsel]) o?.dispose();
});

describe('送审 → 协审 → sign-off → 意见书 → 反馈 across three installations', () => {
  let unitMatterId: number;
  let sfsMatterId: number;
  let counselMatterId: number;
  let letterPackage: Buffer;
  let feedbackPackage: Buffer;

  it('the unit submits a matter with its document (encrypted to the 司法所)', async () => {
    const m = createMatter(unit.core.db, 'cun', {
      type: 'village.contract', title: '东风村集体土地租赁合同', submittingUnit: '东风村民委员会', township: '城关镇',
      contactName: '张联络', contactPhone: null, receivedOn: todayIso(), dueOn: null, reviewerId: null, note: null,
    });
    unitMatterId = m.id;
    await importDocument(unit.core.db, 'cun', { matterId: m.id, fileName: '租赁合同.docx', bytes: readFileSync(LEASE_FIXTURE), role: 'submitted' }, { inline: true });
    const pkg = exportPackage(unit.core, 'cun', { kind: 'submission', to: 'CGS', matterId: m.id, encrypt: true });
    expect(pkg.encrypted).toBe(true);
    // Sealed: the document text is not readable in the file.
    expect(pkg.bytes.includes(Buffer.from('manifest.json'))).toBe(false);

    const result = await importPackage(sfs.core.db, 'wang', pkg.bytes, { inline: true });
    expect(result.imported).toBe(true);
    sfsMatterId = result.matterId!;
    const here = getMatter(sfs.core.db, sfsMatterId);
    expect(here.title).toBe('东风村集体土地租赁合同');
    expect(here.note).toContain('东风村民委员会');
    const docs = listMatterDocuments(sfs.core.db, sfsMatterId);
    expect(docs.map((d) => d.fileName)).toEqual(['租赁合同.docx']);
    expect(docs[0]!.sha256).toBe(listMatterDocuments(unit.core.db, unitMatterId)[0]!.sha256);

    // The same package again adds nothing.
    const before = tableCounts(sfs.core);
    const again = await importPackage(sfs.core.db, 'wang', pkg.bytes, { inline: true });
    expect(again.imported).toBe(false);
    expect(again.preview.alreadyImported).toBe(true);
    expect(tableCounts(sfs.core)).toEqual(before);
  });

  it('the 司法所 sends the review to its counsel, who answers, writes opinions and submits', async () => {
    const db = sfs.core.db;
    // The 司法所 starts: one opinion of its own before consulting.
    const pkg = exportPackage(sfs.core, 'wang', { kind: 'consult', to: 'GW01', matterId: sfsMatterId, encrypt: false });
    const own = addOpinionAfterExport(db);
    expect(own).toBeGreaterThan(0);

    const imported = await importPackage(counsel.core.db, 'zhao', pkg.bytes, { inline: true });
    counselMatterId = imported.matterId!;
    const cdb = counsel.core.db;
    // The consult is assigned to the counsel who took it in, so a counsel-only account may work on it.
    expect(getMatter(cdb, counselMatterId).counselName).toBe('赵顾问');
    const review = readReview(cdb, counselMatterId);
    expect(review.state).toBe('open');
    for (const item of review.template.items) answerItem(cdb, 'zhao', { matterId: counselMatterId, itemId: item.id, status: 'pass', note: null });
    const doc = listMatterDocuments(cdb, counselMatterId)[0]!;
    const block = readBlocks(cdb, doc.id).find((b) => b.text.includes('租赁') && b.text.length > 20)!;
    const start = block.text.indexOf('租赁');
    addOpinion(cdb, 'zhao', counselMatterId, {
      text: '租赁期限超过二十年的部分无效，建议将租赁期限调整为不超过二十年。', severity: 'must', basis: '《中华人民共和国民法典》第七百零五条',
      basisId: null, checklistItemId: null, anchor: { documentId: doc.id, paragraph: block.index, start, end: start + 8, quote: block.text.slice(start, start + 8) },
    });
    addOpinion(cdb, 'zhao', counselMatterId, { text: '建议补充争议解决条款。', severity: 'should', basis: null, basisId: null, checklistItemId: null, anchor: null });
    const finding = listMatterFindings(cdb, counselMatterId)[0];
    if (finding) dismissFinding(cdb, 'zhao', finding.id, '经核实不存在该问题');
    concludeReview(cdb, 'zhao', { matterId: counselMatterId, result: 'lawful-after-revision', summary: '该合同经修改后合法。' });
    submitForSignoff(cdb, 'zhao', counselMatterId);

    const reply = exportPackage(counsel.core, 'zhao', { kind: 'consult-reply', to: 'CGS', matterId: counselMatterId, encrypt: true });
    const got = await importPackage(db, 'wang', reply.bytes, { inline: true });
    expect(got.matterId).toBe(sfsMatterId);
    const back = readReview(db, sfsMatterId);
    expect(back.state).toBe('submitted');
    expect(back.signoffs.at(-1)).toMatchObject({ action: 'submit', actorName: '赵顾问' });
    expect(back.answers.every((a) => a.status === 'pass')).toBe(true);
    const texts = back.opinions.map((o) => [o.text, o.authorName]);
    expect(texts).toContainEqual(['租赁期限超过二十年的部分无效，建议将租赁期限调整为不超过二十年。', '赵顾问']);
    expect(texts).toContainEqual(['建议补充争议解决条款。', '赵顾问']);
    // The 司法所's own opinion written after the consult went out is kept.
    expect(back.opinions.some((o) => o.text === '建议明确租金支付方式。')).toBe(true);
    // The anchored opinion is anchored on the 司法所's copy of the same document.
    expect(back.opinions.find((o) => o.severity === 'must')!.anchor?.documentId).toBe(listMatterDocuments(db, sfsMatterId)[0]!.id);
    if (finding) expect(listMatterFindings(db, sfsMatterId).find((f) => f.rule === finding.rule && f.paragraph === finding.paragraph && f.start === finding.start)!.state).toBe('dismissed');
    expect(getMatter(db, sfsMatterId).status).toBe('awaiting-signoff');
  });

  it('the 司法所 signs off and issues the letter; the counsel is named in it; the letter goes to the unit', async () => {
    const db = sfs.core.db;
    approveReview(db, 'li', sfsMatterId);
    const letter = await issueLetter(db, 'li', LetterRequest.parse({ matterId: sfsMatterId, kind: 'legality-opinion' }));
    const model = JSON.parse((db.prepare('SELECT model_json FROM letters WHERE id = ?').get(letter.id) as { model_json: string }).model_json) as { signatures: { reviewer: string; approver: string } };
    expect(model.signatures).toEqual({ reviewer: '赵顾问', approver: '李所长' });
    const xml = Buffer.from(unzipSync(letterFile(db, letter.id).bytes)['word/document.xml']!).toString('utf8').replace(/<[^>]+>/g, '');
    expect(xml).toContain('赵顾问');
    expect(xml).toContain('租赁期限超过二十年的部分无效');

    // A reply cannot overwrite what is signed off and issued.
    const pkg = exportPackage(sfs.core, 'li', { kind: 'letter', to: 'DFC', matterId: sfsMatterId, encrypt: true });
    letterPackage = pkg.bytes;
    const got = await importPackage(unit.core.db, 'cun', pkg.bytes, { inline: true });
    expect(got.matterId).toBe(unitMatterId);
    const received = unit.core.db.prepare('SELECT number, sha256 FROM received_letters WHERE matter_id = ?').all(unitMatterId);
    expect(received).toEqual([{ number: letter.number, sha256: letter.sha256 }]);
    expect(getMatter(unit.core.db, unitMatterId).result).toBe('lawful-after-revision');
    expect(listLetters(db, sfsMatterId)).toHaveLength(1);
  });

  it('the unit reports adoption per opinion with the revised document; the 司法所 records it', async () => {
    const udb = unit.core.db;
    const { document } = await importDocument(udb, 'cun', { matterId: unitMatterId, fileName: '租赁合同（修改稿）.docx', bytes: REVISED, role: 'revised' }, { inline: true });
    const opinions = listFeedback(udb, unitMatterId).opinions;
    expect(opinions).toHaveLength(3);
    recordFeedback(udb, 'cun', {
      matterId: unitMatterId, receivedOn: todayIso(), reply: '已按意见修改租赁期限，争议解决条款已补充。', revisedDocumentId: document.id,
      adoptions: opinions.map((o, i) => ({ opinionId: o.id, adoption: i === 0 ? 'adopted' : i === 1 ? 'partly-adopted' : 'not-adopted', reason: i === 2 ? '租金已在附件中约定' : null })),
    });
    feedbackPackage = exportPackage(unit.core, 'cun', { kind: 'feedback', to: 'CGS', matterId: unitMatterId, encrypt: false }).bytes;
    await importPackage(sfs.core.db, 'wang', feedbackPackage, { inline: true });
    const here = listFeedback(sfs.core.db, sfsMatterId);
    expect(here.items).toHaveLength(1);
    expect(here.items[0]!.reply).toContain('已按意见修改');
    const byText = Object.fromEntries(here.opinions.map((o) => [o.text, o.adoption]));
    const unitByText = Object.fromEntries(listFeedback(udb, unitMatterId).opinions.map((o) => [o.text, o.adoption]));
    expect(byText).toEqual(unitByText);
    const revised = listMatterDocuments(sfs.core.db, sfsMatterId).find((d) => d.role === 'revised');
    expect(revised?.id).toBe(here.items[0]!.revisedDocumentId);

    const before = tableCounts(sfs.core);
    expect((await importPackage(sfs.core.db, 'wang', feedbackPackage, { inline: true })).imported).toBe(false);
    expect(tableCounts(sfs.core)).toEqual(before);
    const beforeUnit = tableCounts(unit.core);
    expect((await importPackage(udb, 'cun', letterPackage, { inline: true })).imported).toBe(false);
    expect(tableCounts(unit.core)).toEqual(beforeUnit);
  });

  it('every import and export is audited and in the history', () => {
    const actions = (sfs.core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'package.%' ORDER BY id").all() as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(['package.import', 'package.export', 'package.import', 'package.export', 'package.import']);
    expect(matterByUid(sfs.core.db, (sfs.core.db.prepare('SELECT uid FROM exchange_matters').get() as { uid: string }).uid)).toBe(sfsMatterId);
  });
});

/** The 司法所 keeps working after the consult went out: its own later opinion must survive the reply. */
function addOpinionAfterExport(db: Database.Database): number {
  return addOpinion(db, 'wang', sfsMatterIdOf(db), { text: '建议明确租金支付方式。', severity: 'hint', basis: null, basisId: null, checklistItemId: null, anchor: null }).opinion.id;
}
function sfsMatterIdOf(db: Database.Database): number {
  return (db.prepare('SELECT matter_id FROM exchange_matters').get() as { matter_id: number }).matter_id;
}

describe('统计上报: a county receives three townships and its totals are their sum', () => {
  it('sums per township', async () => {
    const county = await makeOffice('某县司法局', 'XSFJ', 'county-bureau');
    const towns = await Promise.all(['一', '二', '三'].map((n, i) => makeOffice(`第${n}司法所`, `T${i + 1}`, 'township-office')));
    try {
      const year = todayIso().slice(0, 4);
      const period = { from: `${year}-01-01`, to: `${year}-12-31` };
      const types = ['village.contract', 'normative', 'decision', 'village.rules'] as const;
      const expected: number[] = [];
      for (const [i, town] of towns.entries()) {
        trust(county, town);
        trust(town, county);
        for (let k = 0; k < i * 2 + 1; k++) {
          createMatter(town.core.db, 'admin', {
            type: types[(i + k) % types.length]!, title: `事项${i}-${k}`, submittingUnit: `单位${k}`, township: town.name, contactName: null, contactPhone: null,
            receivedOn: `${year}-01-0${k + 1}`, dueOn: null, reviewerId: null, note: null,
          });
        }
        const own = computeStatistics(town.core.db, { ...period, today: todayIso() });
        expected.push(own.total);
        const pkg = exportPackage(town.core, 'admin', { kind: 'statistics', to: 'XSFJ', period, encrypt: i % 2 === 0 });
        await importPackage(county.core.db, 'admin', pkg.bytes);
      }
      const stats = countyStatistics(county.core.db, period);
      expect(stats.offices.map((o) => [o.code, o.total])).toEqual([['T1', 1], ['T2', 3], ['T3', 5]]);
      expect(stats.totals.total).toBe(9);
      expect(stats.totals.total).toBe(expected.reduce((a, b) => a + b, 0));
      const byTypeSum = Object.values(stats.totals.byType).reduce((a, b) => a + b, 0);
      expect(byTypeSum).toBe(9);
      expect(stats.totals.byType.normative).toBe(stats.offices.reduce((s, o) => s + o.byType.normative, 0));

      // A newer report of the same township and period replaces the earlier one (counted once).
      createMatter(towns[0]!.core.db, 'admin', { type: 'normative', title: '补报事项', submittingUnit: '单位X', township: null, contactName: null, contactPhone: null, receivedOn: `${year}-01-09`, dueOn: null, reviewerId: null, note: null });
      await new Promise((r) => setTimeout(r, 5));
      await importPackage(county.core.db, 'admin', exportPackage(towns[0]!.core, 'admin', { kind: 'statistics', to: 'XSFJ', period, encrypt: false }).bytes);
      expect(countyStatistics(county.core.db, period).totals.total).toBe(10);
    } finally {
      county.dispose();
      for (const t of towns) t.dispose();
    }
  });
});
