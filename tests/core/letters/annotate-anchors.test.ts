/**
 * The 批注版 anchors on the paragraph recorded at import (issue 11): the same sentence stands in the body
 * (with empty paragraphs between, which the reading model skips), in a table cell, in a footnote and in
 * the header; each opinion's comment lands on the occurrence it quotes (a footnote's on the paragraph citing it), and what cannot be commented
 * (header text, opinions without an anchor) goes to the start of the document with a note.
 */
import { strFromU8, unzipSync } from 'fflate';
import { Document, FootnoteReferenceRun, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core.js';
import { annotateDocx } from '../../../main/core/letters/index.js';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract/index.js';
import { callAs } from '../../support/approved-matter.js';
import { makeTempDir } from '../../support/temp-dir.js';

const S = '村民委员会应当公布本村财务收支情况。';
const HEADER_ONLY = '东风村村务公开栏';
const temp = makeTempDir();
let core: Core;
let docx: Buffer;

async function sample(): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const doc = new Document({
    footnotes: { 1: { children: [p(S)] } },
    sections: [
      {
        headers: { default: new Header({ children: [p(`${HEADER_ONLY}\u3000${S}`)] }) },
        children: [
          p('第一章 总则'),
          p(S),
          p(''),
          p(''),
          new Paragraph({ children: [new TextRun(S), new FootnoteReferenceRun(1)] }),
          p(''),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [p('公开事项')] }), new TableCell({ children: [p(S)] })] })] }),
          p(''),
          p(S),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

beforeAll(async () => {
  core = await openCore(temp.dir);
  docx = await sample();
});
afterAll(() => {
  core.close();
  temp.remove();
});

describe('批注版 on repeated text', () => {
  it('comments each occurrence it was anchored on, in body, table cell and footnote; unanchored opinions at the start', async () => {
    const call = <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => callAs(core, '王审查', method, input);
    const matter = await call('matters.create', { type: 'village.rules', title: '村务公开制度', submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' });
    const { document } = await call('documents.import', { matterId: matter.id, fileName: 'repeat.docx', content: docx });
    const { blocks } = await call('documents.get', { id: document.id });
    await call('review.start', { matterId: matter.id });
    const hits = blocks.filter((b) => b.text.includes(S));
    // Body ×3 (one with a footnote reference), table cell, footnote: five blocks, none for the header.
    expect(hits.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table-cell', 'paragraph', 'footnote']);
    // The reading model skipped the empty paragraphs: block numbers and w:p numbers differ.
    expect(hits.map((b) => b.index)).not.toEqual(hits.map((b) => b.source!.p));
    const add = (i: number, text: string) =>
      call('opinions.add', {
        matterId: matter.id,
        text,
        severity: 'should',
        basis: null,
        anchor: { documentId: document.id, paragraph: hits[i]!.index, start: 0, end: 4, quote: S.slice(0, 4) },
      });
    await add(3, '意见甲：正文最后一处。');
    await add(2, '意见乙：表格中的一处。');
    await add(4, '意见丙：脚注中的一处。');
    await add(0, '意见丁：正文第一处。');
    await call('opinions.add', { matterId: matter.id, text: '意见戊：未关联原文。', severity: 'hint', basis: null });

    const out = await call('documents.annotate', { documentId: document.id });
    expect(out.placedExactly).toBe(3);
    expect(out.placedAtStart).toBe(1);
    // The footnote's sentence is commented on the body paragraph citing the footnote (see docx-parts.ts COMMENTABLE).
    expect(out.notes).toHaveLength(2);
    expect(out.notes).toEqual(expect.arrayContaining([expect.stringMatching(/意见丙.*原文位于脚注/), expect.stringContaining('意见戊')]));
    const zip = unzipSync(new Uint8Array(Buffer.from(out.content)));
    const doc = strFromU8(zip['word/document.xml']!);
    const notes = strFromU8(zip['word/footnotes.xml']!);
    const comments = strFromU8(zip['word/comments.xml']!);
    const idOf = (text: string) => Number(new RegExp(`<w:comment w:id="(\\d+)"[^>]*>(?:(?!</w:comment>)[\\s\\S])*${text}`).exec(comments)![1]);
    const at = (xml: string, text: string) => xml.indexOf(`<w:commentRangeStart w:id="${idOf(text)}"/>`);
    const occurrences = [...doc.matchAll(new RegExp(S.slice(4), 'g'))].map((m) => m.index);
    expect(occurrences).toHaveLength(4);
    const [first, second, cell, last] = occurrences as [number, number, number, number];
    expect(at(doc, '意见甲')).toBeGreaterThan(cell);
    expect(at(doc, '意见甲')).toBeLessThan(last);
    expect(at(doc, '意见乙')).toBeGreaterThan(doc.indexOf('<w:tbl>'));
    expect(at(doc, '意见乙')).toBeLessThan(doc.indexOf('</w:tbl>'));
    expect(at(doc, '意见丁')).toBeLessThan(first);
    expect(at(doc, '意见丁')).toBeGreaterThan(doc.indexOf('第一章'));
    expect(second).toBeGreaterThan(first);
    expect(notes).not.toContain('commentRangeStart');
    expect(at(doc, '意见丙')).toBeGreaterThan(second - 200);
    expect(doc.slice(at(doc, '意见丙'), doc.indexOf('</w:p>', at(doc, '意见丙')))).toContain('w:footnoteReference');
    // The unanchored opinion covers the first paragraph with text; the author is the reviewer.
    expect(at(doc, '意见戊')).toBeLessThan(doc.indexOf('第一章'));
    expect(comments).not.toMatch(/w:author="(?!王审查)/);
  });

  it('says so when the quoted text is in a header, where Word has no comments', async () => {
    const result = await annotateDocx(docx, [{ quote: HEADER_ONLY, paragraph: 3, start: 0, end: 8, text: '页眉名称不规范。', author: '王审查' }]);
    expect(result.placements[0]).toMatchObject({ status: 'start', exact: false, note: expect.stringContaining('页眉') });
    const comments = strFromU8(unzipSync(new Uint8Array(result.buffer))['word/comments.xml']!);
    expect(comments).toContain(`原文位于页眉：“${HEADER_ONLY}”`);
  });
});
