import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareVersions, diffBlocks } from '../../../main/core/documents/compare-versions.js';
import { getDocument, importDocument } from '../../../main/core/documents/document-service.js';
import type { DiffPart } from '../../../shared/contract/documents.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { tempCore } from '../../support/core.js';
import { docxFixture, registerMatter } from './fixtures.js';
import { makeDocx } from './make-files.js';

let env: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  env = await tempCore();
});
afterEach(() => env.dispose());

const side = (parts: DiffPart[], drop: 'added' | 'removed') =>
  parts
    .filter((p) => p.op !== drop)
    .map((p) => p.text)
    .join('');

const blocks = (texts: string[]): TextBlock[] => texts.map((text, index) => ({ index, kind: 'paragraph', text }));

describe('comparing two versions', () => {
  it('shows what the submitting unit changed in a real lease: an edited clause, a deleted and an added paragraph', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const submitted = await importDocument(
      db,
      'tester',
      { matterId: matter.id, role: 'submitted', fileName: '送审稿.docx', bytes: docxFixture('zh-contract-lease-std-01') },
      { inline: true },
    );
    const original = getDocument(db, submitted.document.id).blocks.map((b) => b.text);
    const penalty = original.findIndex((t) => t.includes('租赁费总额的10%支付违约金'));
    const cutOff = original.findIndex((t) => t.includes('甲方还有权采取停电、停水等措施'));
    expect(penalty).toBeGreaterThan(0);
    expect(cutOff).toBeGreaterThan(0);
    const revisedText = original.flatMap((text, i) => {
      if (i === penalty) return [text.replace('租赁费总额的10%', '租赁费总额的20%')];
      if (i === cutOff) return [];
      if (text === '第十四条  违约责任') return [text, '双方因履行本合同发生争议的，应协商解决；协商不成的，依法向房屋所在地人民法院起诉。'];
      return [text];
    });
    const revised = await importDocument(
      db,
      'tester',
      { matterId: matter.id, role: 'revised', fileName: '修改稿.docx', bytes: makeDocx(revisedText) },
      { inline: true },
    );
    const result = compareVersions(db, submitted.document.id, revised.document.id);
    expect(result.a.id).toBe(submitted.document.id);
    expect(result.b.id).toBe(revised.document.id);
    expect(result.counts).toEqual({ same: original.length - 2, changed: 1, removed: 1, added: 1 });
    const changed = result.paragraphs.find((p) => p.op === 'changed')!;
    expect(changed).toMatchObject({ aIndex: penalty, a: original[penalty], b: revisedText[penalty] });
    expect(side(changed.parts!, 'added')).toBe(original[penalty]);
    expect(side(changed.parts!, 'removed')).toBe(revisedText[penalty]);
    expect(changed.parts!.filter((p) => p.op === 'removed').map((p) => p.text).join('')).toContain('10');
    expect(changed.parts!.filter((p) => p.op === 'added').map((p) => p.text).join('')).toContain('20');
    expect(changed.parts!.filter((p) => p.op !== 'same').map((p) => p.text).join('').length).toBeLessThan(10);
    expect(result.paragraphs.find((p) => p.op === 'removed')).toEqual({ op: 'removed', aIndex: cutOff, a: original[cutOff] });
    expect(result.paragraphs.find((p) => p.op === 'added')).toMatchObject({ op: 'added', b: expect.stringContaining('协商不成的') });
    // The listing is in reading order: the addition sits right after the heading it follows.
    const heading = result.paragraphs.findIndex((p) => p.a === '第十四条  违约责任');
    expect(result.paragraphs[heading + 1]!.op).toBe('added');
  });

  it('treats unrelated paragraphs as a removal and an addition, not as an edit', () => {
    const diff = diffBlocks(blocks(['第一条 总则', '甲方应按期支付租金。']), blocks(['第一条 总则', '本协议一式两份，具有同等效力。']));
    expect(diff.map((d) => d.op)).toEqual(['same', 'removed', 'added']);
  });

  it('pairs runs of edited paragraphs in order and reports whole-document additions', () => {
    const diff = diffBlocks(
      blocks(['第一条 租期三年。', '第二条 租金每年十万元。']),
      blocks(['第一条 租期五年。', '第二条 租金每年十二万元。', '第三条 新增条款。']),
    );
    expect(diff.map((d) => [d.op, d.aIndex, d.bIndex])).toEqual([
      ['changed', 0, 0],
      ['changed', 1, 1],
      ['added', undefined, 2],
    ]);
    expect(diffBlocks([], blocks(['甲'])).map((d) => d.op)).toEqual(['added']);
    expect(diffBlocks(blocks(['甲']), blocks(['甲']))).toEqual([{ op: 'same', aIndex: 0, a: '甲', bIndex: 0, b: '甲' }]);
  });

  it('refuses unknown documents', () => {
    expect(() => compareVersions(env.core.db, 1, 2)).toThrow(expect.objectContaining({ code: 'document.not-found' }));
  });
});
