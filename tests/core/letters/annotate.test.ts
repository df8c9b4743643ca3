import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { annotateDocx, listDocxParagraphs, type AnnotationInput } from '../../../main/core/letters/index.js';
import {
  attrOf,
  commentBodies,
  commentRangeTexts,
  fixture,
  part,
  rawText,
  startTags,
  unescapeXml,
  unzip,
} from './docx-test-utils.js';

const REL_COMMENTS = /\/relationships\/comments$/;

/** Character-by-character run properties of the body: (rPr, char) for every w:t character, in order. */
function charFormatting(docXml: string): string[] {
  const out: string[] = [];
  const body = docXml.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, '');
  for (const m of body.matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g)) {
    const inner = m[1]!;
    const rPr = /^\s*(<w:rPr\/>|<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(inner)?.[1] ?? '';
    for (const t of inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) {
      for (const ch of unescapeXml(t[1]!)) out.push(`${rPr}|${ch}`);
    }
  }
  return out;
}

interface Expectation {
  /** Text the comment's range must enclose (the quote, or the whole paragraph when approximate). */
  encloses: string;
  exact: boolean;
}

/** The checks every annotated export must pass. */
async function checkAnnotated(name: string, comments: AnnotationInput[], expected: Expectation[]) {
  const original = fixture(name);
  const result = await annotateDocx(original, comments);
  const out = result.buffer;

  // Counts as reported.
  expect(result.placedExactly).toBe(expected.filter((e) => e.exact).length);
  expect(result.placedApproximately).toBe(expected.filter((e) => !e.exact).length);
  expect(result.placements.map((p) => p.exact)).toEqual(expected.map((e) => e.exact));

  // The comments part exists, is related from the document and has a content type.
  const rels = part(out, 'word/_rels/document.xml.rels');
  const rel = startTags(rels, 'Relationship').find((t) => REL_COMMENTS.test(attrOf(t, 'Type') ?? ''));
  expect(rel).toBeDefined();
  const commentsPath = `word/${attrOf(rel!, 'Target')}`;
  const types = part(out, '[Content_Types].xml');
  expect(types).toContain(`PartName="/${commentsPath}"`);
  const bodies = commentBodies(part(out, commentsPath));

  // Every comment: its body, its author, one start/end/reference each, and a range enclosing the quote.
  const doc = part(out, 'word/document.xml');
  const ranges = commentRangeTexts(doc);
  result.placements.forEach((p, i) => {
    const c = comments[i]!;
    expect(bodies.get(p.commentId)).toMatchObject({ author: c.author, text: c.text });
    for (const marker of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) {
      expect(doc.split(`<w:${marker} w:id="${p.commentId}"/>`).length - 1).toBe(1);
    }
    expect(ranges.get(p.commentId)).toBe(expected[i]!.encloses);
  });

  // Document text unchanged: mammoth's raw text, and our own paragraph texts and count.
  expect(await rawText(out)).toBe(await rawText(original));
  expect(listDocxParagraphs(out)).toEqual(listDocxParagraphs(original));
  // Every character keeps its run properties.
  expect(charFormatting(doc)).toEqual(charFormatting(part(original, 'word/document.xml')));

  // Other parts keep their bytes.
  const before = unzip(original);
  const after = unzip(out);
  const touched = new Set(['word/document.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml', commentsPath]);
  for (const [path, bytes] of Object.entries(before)) {
    if (touched.has(path)) continue;
    expect(Buffer.from(after[path]!).equals(Buffer.from(bytes)), path).toBe(true);
  }
  return { result, doc, bodies };
}

const reviewer = { author: '张三', date: '2024-03-01' };

describe('annotateDocx on real documents', () => {
  it('WPS lease with tables: a quote across runs, a table cell, a moved paragraph, overlaps, and a missing quote', async () => {
    const name = 'zh-contract-lease-std-01.docx';
    // The quote is split over three runs in the original (依据《中华人民共和国|民法典|》…).
    const orig = part(fixture(name), 'word/document.xml');
    expect([...orig.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].some((m) => m[1]!.includes('《中华人民共和国民法典》'))).toBe(false);
    const comments: AnnotationInput[] = [
      { quote: '《中华人民共和国民法典》', paragraph: 24, start: 2, end: 14, text: '引用法律名称应规范。', ...reviewer },
      { quote: '赔额', paragraph: 153, start: 1, end: 3, text: '表格中“损赔额”表述不规范。', ...reviewer },
      // Wrong paragraph and offsets: found three paragraphs further on.
      { quote: '双方应提前六个月就事后事宜进行协商', paragraph: 36, start: 0, end: 17, text: '期限约定不明确。', ...reviewer },
      // Two ranges in one paragraph, one inside the other; the outer one spans runs.
      { quote: '乙方对该房屋内部包间', paragraph: 34, start: 5, end: 15, text: '第一行\n第二行', ...reviewer },
      { quote: '内部', paragraph: 34, start: 11, end: 13, text: '“内部”指向不明。', author: '李四' },
      { quote: '本条款在原文中并不存在', paragraph: 40, start: 0, end: 11, text: '原文已修改，批注置于段落。', ...reviewer },
    ];
    const { doc, bodies, result } = await checkAnnotated(name, comments, [
      { encloses: '《中华人民共和国民法典》', exact: true },
      { encloses: '赔额', exact: true },
      // Found, but not where the anchor said: relocated, not reported as exact.
      { encloses: '双方应提前六个月就事后事宜进行协商', exact: false },
      { encloses: '乙方对该房屋内部包间', exact: true },
      { encloses: '内部', exact: true },
      { encloses: '第五条  租金及保证金', exact: false },
    ]);
    expect(result.placements[2]).toMatchObject({ paragraph: 39, start: 11, end: 28, exact: false, status: 'relocated' });
    // The table-cell comment sits inside a w:tc.
    const at = doc.indexOf(`<w:commentRangeStart w:id="${result.placements[1]!.commentId}"/>`);
    const before = doc.slice(0, at);
    expect(startTags(before, 'w:tc').length).toBeGreaterThan(before.split('</w:tc>').length - 1);
    // Multi-line comment text becomes paragraphs; the date is an xsd:dateTime.
    expect(bodies.get(result.placements[3]!.commentId)).toEqual({ author: '张三', text: '第一行\n第二行', date: '2024-03-01T00:00:00Z' });
  });

  it('WPS rules with 13 existing comments: appends with fresh ids and leaves the old ones intact', async () => {
    const name = 'zh-rules-company-ops-comments-01.docx';
    const oldComments = part(fixture(name), 'word/comments.xml');
    const oldIds = [...commentBodies(oldComments).keys()];
    expect(oldIds.length).toBe(13);
    const comments: AnnotationInput[] = [
      { quote: '风险等级：高风险', paragraph: 12, start: 1, end: 9, text: '表格内：风险等级依据不明。', ...reviewer },
      { quote: '特制定本程序', paragraph: 161, start: 51, end: 57, text: '制定依据应写明。', ...reviewer },
    ];
    const { result, bodies } = await checkAnnotated(name, comments, [
      { encloses: '风险等级：高风险', exact: true },
      { encloses: '特制定本程序', exact: true },
    ]);
    const newIds = result.placements.map((p) => p.commentId);
    for (const id of newIds) expect(id).toBeGreaterThan(Math.max(...oldIds));
    expect(new Set(newIds).size).toBe(newIds.length);
    expect(bodies.size).toBe(15);
    const newComments = part(result.buffer, 'word/comments.xml');
    // The old part is kept verbatim up to where the new comments are appended.
    expect(newComments.startsWith(oldComments.slice(0, oldComments.lastIndexOf('</w:comments>')))).toBe(true);
  });

  it('WPS lease with numbering and a table', async () => {
    await checkAnnotated(
      'zh-contract-lease-tpl7-01.docx',
      [
        { quote: '《中华人民共和国民法典》', paragraph: 2, start: 2, end: 14, text: '依据应写明条文。', ...reviewer },
        { quote: '附属设备', paragraph: 62, start: 2, end: 6, text: '清单应作为附件。', ...reviewer },
      ],
      [
        { encloses: '《中华人民共和国民法典》', exact: true },
        { encloses: '附属设备', exact: true },
      ],
    );
  });

  it('Word-made normative document: quote across three runs and a quote ending in its own run', async () => {
    await checkAnnotated(
      'zh-normative-hq-economy-01.docx',
      [
        { quote: '第二条 总部企业认定', paragraph: 10, start: 0, end: 10, text: '条文编号重复。', ...reviewer },
        { quote: '为主导的企业。', paragraph: 13, start: 40, end: 47, text: '“为主导”缺少认定标准。', ...reviewer },
      ],
      [
        { encloses: '第二条 总部企业认定', exact: true },
        { encloses: '为主导的企业。', exact: true },
      ],
    );
  });

  it('nested layout tables: a quote across three runs in a cell', async () => {
    await checkAnnotated(
      'zh-form-payment-notice-01.docx',
      [{ quote: '{taitou}', paragraph: 6, start: 1, end: 9, text: '模板标签未填写。', author: 'Reviewer <A&B>' }],
      [{ encloses: '{taitou}', exact: true }],
    );
  });

  it('strict OOXML: creates a strict comments part and relationship', async () => {
    const name = 'fixture-strict-ooxml-01.docx';
    const result = await annotateDocx(fixture(name), [{ quote: 'es', paragraph: 0, start: 1, end: 3, text: 'x', author: 'A' }]);
    expect(result.placedExactly).toBe(1);
    const rels = part(result.buffer, 'word/_rels/document.xml.rels');
    expect(rels).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/comments"');
    expect(part(result.buffer, 'word/comments.xml')).toContain('xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"');
    expect(commentRangeTexts(part(result.buffer, 'word/document.xml')).get(0)).toBe('es');
    expect(await rawText(result.buffer)).toBe(await rawText(fixture(name)));
  });
});

describe('annotateDocx splitting runs', () => {
  async function generated(): Promise<Buffer> {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('第一段。')] }),
            new Paragraph({
              alignment: AlignmentType.JUSTIFIED,
              children: [
                new TextRun({ text: '甲方应于 ', font: '仿宋' }),
                new TextRun({ text: '三十日内', bold: true }),
                new TextRun({ text: '支付租金 & 押金。', italics: true }),
              ],
            }),
            new Paragraph({ children: [] }),
          ],
        },
      ],
    });
    return Packer.toBuffer(doc);
  }

  it('keeps each piece of a split run with its own properties', async () => {
    const src = await generated();
    const res = await annotateDocx(src, [{ quote: '于 三十日内支付', paragraph: 1, start: 3, end: 11, text: '期限', author: '王五' }]);
    expect(res.placedExactly).toBe(1);
    const doc = part(res.buffer, 'word/document.xml');
    const inRange = doc.slice(doc.indexOf('<w:commentRangeStart w:id="0"/>'), doc.indexOf('<w:commentRangeEnd w:id="0"/>'));
    const runs = [...inRange.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!);
    expect(runs.map((r) => unescapeXml(/<w:t[^>]*>([^<]*)<\/w:t>/.exec(r)![1]!))).toEqual(['于 ', '三十日内', '支付']);
    expect(runs[0]).toContain('仿宋');
    expect(runs[1]).toContain('<w:b/>');
    expect(runs[2]).toContain('<w:i/>');
    expect(charFormatting(doc)).toEqual(charFormatting(part(src, 'word/document.xml')));
    expect(await rawText(res.buffer)).toBe(await rawText(src));
  });

  it('anchors on an empty paragraph and on an index past the end as approximate', async () => {
    const src = await generated();
    const res = await annotateDocx(src, [
      { quote: '不存在', paragraph: 2, start: 0, end: 3, text: '空段', author: 'A' },
      { quote: '也不存在', paragraph: 99, start: 0, end: 4, text: '越界', author: 'A' },
    ]);
    expect(res.placedApproximately).toBe(2);
    expect(res.placements.map((p) => p.paragraph)).toEqual([2, 2]);
    const ranges = commentRangeTexts(part(res.buffer, 'word/document.xml'));
    expect(ranges.get(0)).toBe('');
    expect(ranges.get(1)).toBe('');
  });

  it('prefers the occurrence nearest the given offset', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('甲方甲方甲方')] })] }] });
    const src = await Packer.toBuffer(doc);
    const res = await annotateDocx(src, [{ quote: '甲方', paragraph: 0, start: 5, end: 7, text: 'x', author: 'A' }]);
    expect(res.placements[0]).toMatchObject({ start: 4, end: 6, exact: true });
  });

  it('refuses a file that is not a DOCX', async () => {
    await expect(annotateDocx(Buffer.from('not a zip'), [])).rejects.toThrow(/DOCX/);
  });
});
