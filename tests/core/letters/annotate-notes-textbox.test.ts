/**
 * 批注版 where the quoted sentence also stands in an endnote, a text box and the header (issue 11: "Text in
 * footnotes, headers and text boxes: comment it there, or say clearly which opinions could not be
 * placed"). The same sentence is in the body (four times), a table cell, a footnote, an endnote, a text
 * box and the header of a generated DOCX; each opinion is anchored on one occurrence as the reading view
 * shows it. Body, table cell and text box occurrences are commented exactly there. A note's occurrence is
 * commented on the body paragraph citing that note, the comment and the placement note saying it stands
 * in the footnote/endnote: LibreOffice cannot open a DOCX with a comment inside a note (found here — the
 * conversion fails with "source file could not be loaded"). The header cannot hold a comment in Word:
 * that opinion goes to the start with a note naming the header. LibreOffice then opens the 批注版 and
 * lays it out exactly as the original.
 */
import { Document, EndnoteReferenceRun, FootnoteReferenceRun, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Textbox } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../main/core/core.js';
import { annotateDocx } from '../../../main/core/letters/index.js';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract/index.js';
import { callAs } from '../../support/approved-matter.js';
import { convertToPdf, hasRenderer, readPdf } from '../../support/render-pdf.js';
import { makeTempDir } from '../../support/temp-dir.js';

const S = '村民委员会应当公布本村财务收支情况。';
const temp = makeTempDir();
let core: Core;
let docx: Buffer;

async function sample(): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  return Packer.toBuffer(
    new Document({
      footnotes: { 1: { children: [p(`脚注：${S}`)] } },
      endnotes: { 1: { children: [p(`尾注：${S}`)] } },
      sections: [
        {
          headers: { default: new Header({ children: [p(`页眉：${S}`)] }) },
          children: [
            p('第一章 总则'),
            p(S),
            p(''),
            new Paragraph({ children: [new TextRun(S), new FootnoteReferenceRun(1)] }),
            new Paragraph({ children: [new TextRun(S), new EndnoteReferenceRun(1)] }),
            new Table({ rows: [new TableRow({ children: [new TableCell({ children: [p('公开事项')] }), new TableCell({ children: [p(S)] })] })] }),
            new Textbox({ style: { width: '200pt', height: '60pt' }, children: [p(`文本框：${S}`)] }),
            p(S),
          ],
        },
      ],
    }),
  );
}

beforeAll(async () => {
  core = await openCore(temp.dir);
  docx = await sample();
});
afterAll(() => {
  core.close();
  temp.remove();
});

/** The XML between the comment range of the comment whose text includes `opinion`, or null when the part has none. */
function commented(part: string, comments: string, opinion: string): string | null {
  const id = new RegExp(`<w:comment w:id="(\\d+)"[^>]*>(?:(?!</w:comment>)[\\s\\S])*${opinion}`).exec(comments)?.[1];
  if (id === undefined) throw new Error(`no comment ${opinion}`);
  const start = part.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = part.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  return start < 0 ? null : part.slice(start, end);
}
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('批注版 with endnotes, text boxes and headers', () => {
  let annotated: Uint8Array;

  it('comments the occurrence in the endnote and in the text box there, and says where a header quote went', async () => {
    const call = <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => callAs(core, '王审查', method, input);
    const matter = await call('matters.create', { type: 'village.rules', title: '村务公开制度', submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' });
    const { document } = await call('documents.import', { matterId: matter.id, fileName: 'places.docx', content: docx });
    const { blocks } = await call('documents.get', { id: document.id });
    await call('review.start', { matterId: matter.id });
    const block = (prefix: string) => blocks.find((b) => b.text.replace(/\s+/g, '').startsWith(`${prefix}${S}`))!;
    const anchor = (b: (typeof blocks)[number], text: string) => {
      const start = b.text.indexOf(S);
      return call('opinions.add', {
        matterId: matter.id,
        text,
        severity: 'should',
        basis: null,
        anchor: { documentId: document.id, paragraph: b.index, start, end: start + S.length, quote: S },
      });
    };
    await anchor(block('尾注：'), '意见一：尾注中的一处。');
    await anchor(block('文本框：'), '意见二：文本框中的一处。');
    await anchor(block('脚注：'), '意见三：脚注中的一处。');
    const bodies = blocks.filter((b) => b.text.replace(/\[\d+\]/g, '') === S && b.kind === 'paragraph');
    expect(bodies).toHaveLength(4);
    await anchor(bodies[2]!, '意见四：带尾注引用的正文一处。');

    const out = await call('documents.annotate', { documentId: document.id });
    // Text box and body exactly; the two note quotes on the citing paragraph, each listed with where it is.
    expect(out).toMatchObject({ placedExactly: 2, placedAtStart: 0 });
    expect(out.notes).toEqual([expect.stringMatching(/意见一.*原文位于尾注/), expect.stringMatching(/意见三.*原文位于脚注/)]);
    annotated = new Uint8Array(Buffer.from(out.content));
    const zip = unzipSync(annotated);
    const [doc, foot, end, comments] = ['document', 'footnotes', 'endnotes', 'comments'].map((p) => strFromU8(zip[`word/${p}.xml`]!)) as [string, string, string, string];
    // No comment marks in the notes themselves.
    expect(foot + end).not.toMatch(/comment(RangeStart|Reference)/);
    // Endnote: on the body paragraph that carries the endnote reference, the comment quoting the endnote text.
    const endnoteRef = commented(doc, comments, '意见一')!;
    expect(endnoteRef).toContain('w:endnoteReference');
    expect(textOf(endnoteRef)).toBe(S);
    expect(comments).toContain(`【原文位于尾注：“${S}”】`);
    const footnoteRef = commented(doc, comments, '意见三')!;
    expect(footnoteRef).toContain('w:footnoteReference');
    expect(comments).toContain(`【原文位于脚注：“${S}”】`);
    // Text box: inside w:txbxContent, on the sentence after 文本框：.
    const box = doc.slice(doc.indexOf('<w:txbxContent>'), doc.indexOf('</w:txbxContent>'));
    expect(textOf(commented(box, comments, '意见二')!)).toBe(S);
    // The body occurrence carrying the endnote reference (the third body paragraph with the sentence).
    const third = commented(doc, comments, '意见四')!;
    expect(textOf(third)).toBe(S);
    expect(doc.indexOf(third)).toBeGreaterThan(doc.indexOf('w:footnoteReference'));
    expect(doc.indexOf(third)).toBeLessThan(doc.indexOf('w:endnoteReference'));
  });

  it('a quote found only in the header goes to the start of the document, the note and the comment say so', async () => {
    const result = await annotateDocx(docx, [{ quote: `页眉：${S}`, paragraph: 0, start: 0, end: S.length + 3, text: '页眉内容不宜重复正文。', author: '王审查' }]);
    expect(result.placements[0]).toMatchObject({ status: 'start', exact: false, note: expect.stringContaining('页眉') });
    expect(strFromU8(unzipSync(new Uint8Array(result.buffer))['word/comments.xml']!)).toContain(`原文位于页眉：“页眉：${S}”`);
  });

  it.runIf(hasRenderer())('LibreOffice opens the 批注版 and lays it out line for line as the original', () => {
    const pdf = convertToPdf(temp.dir, { original: docx, annotated });
    const [o, a] = [readPdf(pdf.original!), readPdf(pdf.annotated!)];
    expect(o.lines.some((l) => l.text.includes('文本框'))).toBe(true);
    expect(a.pages).toBe(o.pages);
    expect(a.lines.map((l) => `${l.page}:${l.text}`)).toEqual(o.lines.map((l) => `${l.page}:${l.text}`));
  });
});
