import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../main/core/documents/extract-docx.js';
import { parseHtml, type HtmlNode } from '../../../main/core/documents/html-tree.js';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import { docxFixture } from './fixtures.js';

/** Text content of the reading-view element carrying data-b=N (nested lists excluded, as documented). */
function textsByBlock(html: string): Map<number, string> {
  const out = new Map<number, string>();
  const textOf = (nodes: HtmlNode[]): string =>
    nodes
      .map((n) => (typeof n === 'string' ? n : n.tag === 'br' ? '\n' : n.tag === 'ul' || n.tag === 'ol' ? '' : textOf(n.children)))
      .join('');
  const walk = (nodes: HtmlNode[]) => {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      if (n.attrs['data-b'] !== undefined) out.set(Number(n.attrs['data-b']), textOf(n.children));
      walk(n.children);
    }
  };
  walk(parseHtml(html));
  return out;
}

function expectConsistent(blocks: TextBlock[], html: string): void {
  expect(blocks.map((b) => b.index)).toEqual(blocks.map((_, i) => i));
  const texts = textsByBlock(html);
  expect(texts.size).toBe(blocks.length);
  for (const block of blocks) expect(texts.get(block.index)).toBe(block.text);
}

const find = (blocks: TextBlock[], text: string) => blocks.find((b) => b.text.includes(text));

describe('extractDocx on real corpus files', () => {
  it('reads a WPS lease contract: clauses in order, and its appended tables cell by cell', async () => {
    const { blocks, html } = await extractDocx(docxFixture('zh-contract-lease-std-01'));
    expectConsistent(blocks, html);
    const clause = find(blocks, '违约方应按剩余租期的租赁费总额的10%支付违约金')!;
    expect(clause.kind).toBe('paragraph');
    expect(clause.text).toBe('（一）在租赁期内，如果甲、乙双方任何一方擅自终止履行合同，视为违约，违约方应按剩余租期的租赁费总额的10%支付违约金，且已支付款项不予退还。');
    const headings = ['第一条  房屋基本情况', '第四条  租赁期限', '第十四条  违约责任'].map((t) => blocks.findIndex((b) => b.text === t));
    expect(headings.every((i) => i >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    // The furniture inventory table: header cells at row 0 with their grid columns.
    const header = blocks.filter((b) => b.cell?.table === 0 && b.cell.row === 0).map((b) => [b.cell!.col, b.text]);
    expect(header.slice(0, 6)).toEqual([
      [0, '名称'],
      [1, '品牌'],
      [2, '单位'],
      [3, '数量'],
      [4, '单价'],
      [5, '损赔额'],
    ]);
    expect(blocks.filter((b) => b.kind === 'table-cell').every((b) => b.cell !== undefined)).toBe(true);
    expect(new Set(blocks.flatMap((b) => (b.cell ? [b.cell.table] : []))).size).toBe(3);
    expect(html).toContain('<table>');
  });

  it('keeps vertically merged and spanning cells on their grid positions', async () => {
    const { blocks, html } = await extractDocx(docxFixture('fixture-table-rowspan-01'));
    expectConsistent(blocks, html);
    const at = (text: string) => blocks.find((b) => b.text === text)?.cell;
    expect(at('A')).toEqual({ table: 0, row: 0, col: 0 });
    expect(at('E')).toEqual({ table: 0, row: 0, col: 4 });
    expect(at('F')).toEqual({ table: 0, row: 0, col: 7 });
    // Second header row: A–D span down, so G starts under E.
    expect(at('G')).toEqual({ table: 0, row: 1, col: 4 });
    expect(at('I')).toEqual({ table: 0, row: 1, col: 6 });
    expect(html).toMatch(/<td rowspan="2"><p data-b="0">A<\/p><\/td>/);
    expect(html).toContain('colspan="3"');
  });

  it('keeps footnotes and endnotes as footnote blocks, with the reference markers in the text', async () => {
    const { blocks, html } = await extractDocx(docxFixture('fixture-notes-01'));
    expectConsistent(blocks, html);
    expect(blocks.map((b) => [b.kind, b.text.trim()])).toEqual([
      ['heading', 'A footnote'],
      ['paragraph', 'Test footnote.[1] Test endnote.[2]'],
      ['footnote', 'My note.'],
      ['footnote', 'This is an endnote at the end of the document.'],
    ]);
    expect(html).toContain('<h2 data-b="0">A footnote</h2>');
    expect(html).toContain('href="#footnote-1"');
    // The "↑" back-links are navigation, not text.
    expect(html).not.toContain('↑');
  });

  it('reads the footnote of the very long criminal law and keeps all 1290 paragraphs in order', async () => {
    const { blocks, html } = await extractDocx(docxFixture('zh-law-criminal-long-01'));
    expectConsistent(blocks, html);
    expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(1290);
    expect(blocks[0]!.text).toBe('中华人民共和国刑法');
    const note = blocks.filter((b) => b.kind === 'footnote');
    expect(note).toHaveLength(1);
    expect(note[0]!.text).toContain('刑法、历次刑法修正案、涉及修改刑法的决定的施行日期，分别依据各法律所规定的施行日期确定。');
    expect(blocks.at(-1)!.kind).toBe('footnote');
  });

  it('reads auto-numbered list paragraphs of a WPS template as list items', async () => {
    const { blocks, html } = await extractDocx(docxFixture('zh-contract-lease-tpl7-01'));
    expectConsistent(blocks, html);
    const item = find(blocks, '租赁期限自____年___月___日至___年___月___日止')!;
    expect(item.kind).toBe('list-item');
    expect(html).toMatch(/<li data-b="\d+">租赁期限自____年/);
    expect(find(blocks, '第二条 租赁期限')!.kind).toBe('paragraph');
  });

  it('reads headings and a product table of a real procurement contract', async () => {
    const { blocks, html } = await extractDocx(docxFixture('zh-contract-procurement-01'));
    expectConsistent(blocks, html);
    expect(blocks[0]).toEqual({ index: 0, kind: 'heading', text: '物资采购合同', source: { part: 'document', p: 0 } });
    expect(find(blocks, '甲、乙双方本着平等、自愿、诚实、守信的原则')!.kind).toBe('paragraph');
    expect(blocks.find((b) => b.text === '服务器')!.cell).toEqual({ table: 0, row: 1, col: 0 });
    // A cell with two paragraphs gives two blocks on the same cell.
    const spec = blocks.filter((b) => b.cell?.table === 0 && b.cell.row === 0 && b.cell.col === 1).map((b) => b.text);
    expect(spec).toEqual(['规格型号', '及技术标准']);
  });

  it('reads a WPS three-party lease whose clauses share paragraphs through line breaks', async () => {
    const { blocks, html } = await extractDocx(docxFixture('zh-contract-lease-tripartite-01'));
    expectConsistent(blocks, html);
    expect(blocks).toHaveLength(18);
    const first = find(blocks, '第一条　房屋基本情况')!;
    expect(first.text).toContain('\n　　（一）房屋坐落于');
    expect(html).toContain('<br>');
  });

  it('reads a normative document, a form table with footnote parts, Strict OOXML and a BOM-prefixed part', async () => {
    const fund = await extractDocx(docxFixture('zh-normative-tech-fund-01'));
    expectConsistent(fund.blocks, fund.html);
    expect(find(fund.blocks, '第一条 为加强和规范财政资金管理')!.text).toBe(
      '第一条 为加强和规范财政资金管理，提高财政资金使用效益，根据《中华人民共和国预算法》等有关规定，制定本办法。',
    );
    const form = await extractDocx(docxFixture('zh-court-enforcement-review-01'));
    expectConsistent(form.blocks, form.html);
    expect(form.blocks.find((b) => b.text === '当事人信息')!.cell).toEqual({ table: 0, row: 1, col: 0 });
    const strict = await extractDocx(docxFixture('fixture-strict-ooxml-01'));
    expect(strict.blocks.map((b) => b.text)).toEqual(['Test']);
    const bom = await extractDocx(docxFixture('fixture-utf8-bom-01'));
    expect(bom.blocks.map((b) => b.text)).toEqual(['This XML has a byte order mark.']);
    const empty = await extractDocx(docxFixture('fixture-empty-onlyoffice-zh-01'));
    expect(empty.blocks).toEqual([]);
  });
});

describe('the reading-view HTML', () => {
  it('keeps only allowlisted tags and in-document links, whatever the file contains', async () => {
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const document = `<?xml version="1.0"?><w:document xmlns:w="${w}" xmlns:r="${r}"><w:body>
      <w:p><w:r><w:t>&lt;script&gt;alert(1)&lt;/script&gt; 正文</w:t></w:r></w:p>
      <w:p><w:hyperlink r:id="rId9"><w:r><w:t>点这里</w:t></w:r></w:hyperlink><w:r><w:t> 与 </w:t></w:r><w:hyperlink r:id="rId8"><w:r><w:t>网站</w:t></w:r></w:hyperlink></w:p>
    </w:body></w:document>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId9" Type="${r}/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>
      <Relationship Id="rId8" Type="${r}/hyperlink" Target="https://example.com/x" TargetMode="External"/></Relationships>`;
    const types = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
    const rootRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${r}/officeDocument" Target="word/document.xml"/></Relationships>`;
    const docx = zipSync({
      '[Content_Types].xml': strToU8(types),
      '_rels/.rels': strToU8(rootRels),
      'word/document.xml': strToU8(document),
      'word/_rels/document.xml.rels': strToU8(rels),
    });
    const { blocks, html } = await extractDocx(docx);
    expect(blocks.map((b) => b.text.trim())).toEqual(['<script>alert(1)</script> 正文', '点这里 与 网站']);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|javascript:|https?:|href="(?!#)/i);
    expect(html).toBe('<p data-b="0">&lt;script&gt;alert(1)&lt;/script&gt; 正文</p><p data-b="1">点这里 与 网站</p>');
  });
});
