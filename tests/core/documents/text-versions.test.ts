import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { readBlocksAt } from '../../../main/core/documents/text-versions.js';
import type { Core } from '../../../main/core/core.js';
import type { Method, MethodInput } from '../../../shared/contract/index.js';
import { contextAs } from '../../support/accounts.js';
import { callAs } from '../../support/approved-matter.js';
import { tableCounts, tempCore } from '../../support/core.js';

/**
 * Correcting OCR text (issue 15): a correction is a new text version of the document; the original stays
 * byte for byte; search, pre-checks and anchored opinions follow the current text. One page is read by
 * OCR once; every other matter gets the same bytes, whose stored reading is reused (no second OCR run).
 */

/** A village's rules as a 150 dpi scan (A4 = 1240 × 1754), black Song-style text on white. */
const RULES = ['东风村村规民约', '第一条 村民应当遵守法律法规，爱护公共财产。', '第二条 违反本规约者，罚款200元。', '第三条 本规约自村民会议通过之日起施行。'];

async function scannedPage(lines: string[]): Promise<Buffer> {
  const text = lines.map((l, i) => `<text x="120" y="${200 + i * 70}" font-size="34" font-family="Noto Serif CJK SC">${l}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).flatten({ background: '#fff' }).png().toBuffer();
}

let env: Awaited<ReturnType<typeof tempCore>>;
let core: Core;
let scan: Buffer;
const call = <M extends Method>(method: M, input: MethodInput<M>, login = '王审查') => callAs(core, login, method, input);

async function scannedMatter(title: string) {
  const matter = await call('matters.create', { type: 'village.rules', title, submittingUnit: '东风村村民委员会', receivedOn: '2026-11-02' });
  const { document } = await call('documents.import', { matterId: matter.id, fileName: '村规民约扫描件.png', content: scan });
  const detail = await call('documents.get', { id: document.id });
  const fine = detail.blocks.find((b) => b.text.includes('罚款'));
  if (!fine) throw new Error(`OCR did not read the fine line: ${detail.blocks.map((b) => b.text).join(' / ')}`);
  return { matter, document: detail, fine };
}

const searchIds = async (query: string) => (await call('search.query', { query })).hits.map((h) => h.documentId);

beforeAll(async () => {
  env = await tempCore();
  core = env.core;
  scan = await scannedPage(RULES);
});
afterAll(() => {
  env.dispose();
  return stopExtractionWorker();
});

describe('correcting OCR text as a new text version', () => {
  it('stores the correction as version 2: blocks, search, pre-checks and the version list follow; the original stays', async () => {
    const { matter, document, fine } = await scannedMatter('东风村村规民约（一）');
    expect(fine.ocr).toMatchObject({ page: 1 });
    const findingsBefore = await call('findings.list', { documentId: document.id });
    expect(findingsBefore.map((f) => f.rule)).toContain('rules.sets-fine');
    const corrected = fine.text.replace(/罚款.*$/, '由村民委员会批评教育。');
    expect(corrected).not.toBe(fine.text);

    const result = await call('documents.correctText', { documentId: document.id, baseVersion: 1, edits: [{ index: fine.index, text: corrected }], note: '对照扫描件更正' });
    expect(result).toEqual({ textVersion: 2, changed: 1, reanchored: 0, detached: 0 });

    const after = await call('documents.get', { id: document.id });
    expect(after.blocks[fine.index]).toMatchObject({ text: corrected, ocr: { page: 1, correctedIn: 2 } });
    expect(after.html).toContain('由村民委员会批评教育');
    expect(after.html).not.toContain('罚款');
    expect(after.textChars).toBe(after.blocks.reduce((n, b) => n + b.text.length, 0));
    // The original file is untouched.
    const original = await call('documents.original', { id: document.id });
    expect(Buffer.from(original.content).equals(scan)).toBe(true);
    expect(original.sha256).toBe(document.sha256);
    // Search and the pre-checks work on the current text.
    expect(await searchIds('批评教育')).toContain(document.id);
    expect(await searchIds('罚款')).not.toContain(document.id);
    const findingsAfter = await call('findings.list', { documentId: document.id });
    expect(findingsAfter.map((f) => f.rule)).not.toContain('rules.sets-fine');
    // Versions are listed; version 1 can be rebuilt exactly.
    const versions = await call('documents.textVersions', { documentId: document.id });
    expect(versions.current).toBe(2);
    expect(versions.versions.map((v) => [v.version, v.createdBy, v.note])).toEqual([[1, '王审查', null], [2, '王审查', '对照扫描件更正']]);
    expect(versions.versions[1]!.edits).toEqual([{ index: fine.index, page: 1, before: fine.text, after: corrected }]);
    expect(readBlocksAt(core.db, document.id, 1)).toEqual(document.blocks);
    expect(readBlocksAt(core.db, document.id, 2)).toEqual(after.blocks);
    const audit = core.db.prepare("SELECT actor, after_json FROM audit_log WHERE action = 'document.correct-text' AND entity_id = ?").get(document.id) as { actor: string; after_json: string };
    expect(audit.actor).toBe('王审查');
    expect(JSON.parse(audit.after_json)).toMatchObject({ textVersion: 2, edits: [{ index: fine.index, before: fine.text, after: corrected }] });
    expect(matter.id).toBeGreaterThan(0);
  });

  it('refuses a correction made on an older version, an unchanged text and a non-OCR block, changing nothing', async () => {
    const { document, fine } = await scannedMatter('东风村村规民约（二）');
    await call('documents.correctText', { documentId: document.id, baseVersion: 1, edits: [{ index: fine.index, text: `${fine.text}（已核对）` }] });
    const ctx = await contextAs(core, '王审查');
    const before = tableCounts(core);
    const stale = await dispatch('documents.correctText', { documentId: document.id, baseVersion: 1, edits: [{ index: fine.index, text: '另一位审查人的更正' }] }, ctx);
    expect(stale).toMatchObject({ ok: false, error: { code: 'document.text-changed', message: expect.stringMatching(/第 2 版.*请刷新/) } });
    const same = await dispatch('documents.correctText', { documentId: document.id, baseVersion: 2, edits: [{ index: fine.index, text: `${fine.text}（已核对）\n` }] }, ctx);
    expect(same).toMatchObject({ ok: false, error: { code: 'document.correct-unchanged' } });
    const missing = await dispatch('documents.correctText', { documentId: document.id, baseVersion: 2, edits: [{ index: 999, text: '无' }] }, ctx);
    expect(missing).toMatchObject({ ok: false, error: { code: 'document.correct-paragraph', message: '文件中没有第 1000 段。' } });
    expect(tableCounts(core)).toEqual(before);

    // A typed text's own words are the submitted document: not correctable.
    const matter = await call('matters.create', { type: 'village.rules', title: '西山村村规民约', submittingUnit: '西山村村民委员会', receivedOn: '2026-11-02' });
    const typed = await call('documents.import', { matterId: matter.id, fileName: '规约.txt', content: Buffer.from(RULES.join('\n'), 'utf8') });
    const refused = await dispatch('documents.correctText', { documentId: typed.document.id, baseVersion: 1, edits: [{ index: 0, text: '改' }] }, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'document.correct-not-ocr', message: expect.stringMatching(/不是文字识别（OCR）得到的文字/) } });
    // Only the review roles may correct.
    const viewer = await dispatch('documents.correctText', { documentId: document.id, baseVersion: 2, edits: [{ index: fine.index, text: '查看者' }] }, await contextAs(core, 'only-viewer', ['viewer']));
    expect(viewer).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
  });

  it('moves opinions whose quote is still in the corrected paragraph; those whose words were corrected keep their quote', async () => {
    const { matter, document, fine } = await scannedMatter('东风村村规民约（三）');
    await call('review.start', { matterId: matter.id });
    const quoted = (quote: string) => {
      const start = fine.text.indexOf(quote);
      if (start < 0) throw new Error(`quote ${quote} not in ${fine.text}`);
      return { documentId: document.id, paragraph: fine.index, start, end: start + quote.length, quote };
    };
    const [who] = (await call('opinions.add', { matterId: matter.id, text: '“违反本规约者”的范围不明确。', severity: 'should', anchor: quoted('违反本规约者') })).opinions;
    const [fineOpinion] = (await call('opinions.add', { matterId: matter.id, text: '村规民约不得设定罚款。', severity: 'must', anchor: quoted('罚款') })).opinions;
    const corrected = fine.text.replace('违反本规约者', '凡违反本规约者').replace(/罚款.*$/, '由村民委员会批评教育。');

    const result = await call('documents.correctText', { documentId: document.id, baseVersion: 1, edits: [{ index: fine.index, text: corrected }] });
    expect(result).toMatchObject({ reanchored: 1, detached: 1 });
    const review = await call('review.get', { matterId: matter.id });
    const moved = review.opinions.find((o) => o.id === who!.id)!;
    expect(corrected.slice(moved.anchor!.start, moved.anchor!.end)).toBe('违反本规约者');
    expect(moved.anchor!.start).toBe(who!.anchor!.start + 1);
    const kept = review.opinions.find((o) => o.id === fineOpinion!.id)!;
    expect(kept.anchor).toEqual(fineOpinion!.anchor);
  });

  it('the same scan sent to another matter starts from the text as read, not from another matter’s correction', async () => {
    const first = await scannedMatter('东风村村规民约（四）');
    await call('documents.correctText', { documentId: first.document.id, baseVersion: 1, edits: [{ index: first.fine.index, text: '第二条 已更正的文字。' }] });
    const second = await scannedMatter('东风村村规民约（五）');
    expect(second.document.blocks).toEqual(first.document.blocks);
    expect(second.document.html).toBe(first.document.html);
    expect((await call('documents.textVersions', { documentId: second.document.id })).current).toBe(1);
  });

  it('refuses corrections while the review is with the approver', async () => {
    const { matter, document, fine } = await scannedMatter('东风村村规民约（六）');
    await call('review.start', { matterId: matter.id });
    await call('review.conclude', { matterId: matter.id, result: 'lawful-after-revision', summary: '修改后合法。' });
    await call('review.submit', { matterId: matter.id, overrideReason: '测试：提交签批' });
    const before = tableCounts(core);
    const locked = await dispatch('documents.correctText', { documentId: document.id, baseVersion: 1, edits: [{ index: fine.index, text: '锁定后的更正' }] }, await contextAs(core, '王审查'));
    expect(locked).toMatchObject({ ok: false, error: { code: 'review.locked' } });
    expect(tableCounts(core)).toEqual(before);
  });
});
