import BufferReader from 'word-extractor/lib/buffer-reader.js';
import WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js';
import type { ExtractedText } from './extract-docx.js';
import { escapeHtml } from './escape-html.js';
import { htmlToBlocks } from './html-blocks.js';
import { refusals } from './refusals.js';

/**
 * Word 97–2003 (.doc) and WPS 文字 (.wps, which WPS 2005 and later write in the same binary Word
 * format) read with word-extractor. Its text keeps paragraphs but turns table cell marks into tabs,
 * which real tabs also are; so the cell mark (U+0007) is swapped for a private-use character before
 * the library's clean-up, and tables are rebuilt from it here.
 */
const CELL = '\uE007';
/** FIB flag fEncrypted (MS-DOC 2.5.2, FibBase bit F in the 16-bit word at offset 0x0A). */
const F_ENCRYPTED = 0x0100;
const WORD_MAGIC = 0xa5ec;

class EncryptedDoc extends Error {}
/** An OLE file without a WordDocument stream: an Excel or PowerPoint file under a Word name. */
class NoWordStream extends Error {}
class BadWordStream extends Error {}

interface OleDocument {
  stream(name: string): unknown;
  _rootStorage?: { _dirEntry?: { streams?: Record<string, unknown> } };
}

class CellAwareExtractor extends WordOleExtractor {
  override documentStream(document: OleDocument, streamName: string) {
    // word-extractor makes a stream object even for a name the directory does not have.
    if (!document._rootStorage?._dirEntry?.streams?.[streamName]) {
      return Promise.reject(streamName === 'WordDocument' ? new NoWordStream() : new BadWordStream());
    }
    return super.documentStream(document, streamName);
  }

  override extractWordDocument(document: unknown, buffer: Buffer) {
    if (buffer.length < 0x20 || buffer.readUInt16LE(0) !== WORD_MAGIC) throw new BadWordStream();
    if (buffer.readUInt16LE(0x0a) & F_ENCRYPTED) throw new EncryptedDoc();
    return super.extractWordDocument(document, buffer);
  }

  override buildDocument() {
    for (const piece of this._pieces) piece.text = piece.text.replaceAll('\u0007', CELL);
    return super.buildDocument();
  }
}

/** Paragraph and table structure of the body text (cells end with CELL, paragraphs with \n). */
type Part = { kind: 'p'; text: string } | { kind: 'table'; cells: string[]; rowEnds: number[] };

function parseBody(body: string): Part[] {
  const parts: Part[] = [];
  let table: Extract<Part, { kind: 'table' }> | null = null;
  let cur = '';
  for (const ch of body) {
    if (ch === CELL) {
      table ??= { kind: 'table', cells: [], rowEnds: [] };
      table.cells.push(cur);
      cur = '';
    } else if (ch === '\n') {
      if (table && cur === '' && table.cells.at(-1) !== '') {
        // word-extractor writes Word's row-end mark (a paragraph with sprmPFTtp) as a newline; after an
        // empty field (LibreOffice's row mark) a newline is an empty paragraph after the table.
        if (table.rowEnds.at(-1) !== table.cells.length) table.rowEnds.push(table.cells.length);
        continue;
      }
      if (table) {
        parts.push(table);
        table = null;
      }
      parts.push({ kind: 'p', text: cur });
      cur = '';
    } else cur += ch;
  }
  if (table) parts.push(table);
  if (cur !== '') parts.push({ kind: 'p', text: cur });
  return parts;
}

/**
 * Rows of a table whose row ends were not marked: a row of n cells is n cell marks plus one row mark
 * (an empty "cell"), so with rows of equal width every (n+1)-th field is empty.
 */
function splitRows(cells: string[], rowEnds: number[]): string[][] {
  if (rowEnds.length > 0) {
    const rows: string[][] = [];
    let from = 0;
    for (const end of [...rowEnds, cells.length]) {
      if (end > from) rows.push(cells.slice(from, end));
      from = end;
    }
    return rows;
  }
  // The first row ends at the first empty field (its row mark), unless a cell of it is empty.
  const p = cells.indexOf('') + 1;
  if (p >= 2 && cells.length % p === 0) {
    let ok = true;
    for (let i = p - 1; i < cells.length && ok; i += p) ok = cells[i] === '';
    if (ok) {
      const rows: string[][] = [];
      for (let i = 0; i < cells.length; i += p) rows.push(cells.slice(i, i + p - 1));
      return rows;
    }
  }
  // Rows of different widths (merged cells): the first row's width, then each row ends at the next
  // empty field once that many cells are taken (an empty cell inside a row is then read as its end).
  const width = Math.max(1, cells.indexOf(''));
  const rows: string[][] = [];
  let i = 0;
  while (i < cells.length) {
    let end = Math.min(cells.length, i + width);
    while (end < cells.length && cells[end] !== '') end++;
    rows.push(cells.slice(i, end));
    i = end + 1;
  }
  return rows;
}

const paragraphHtml = (text: string) => `<p>${escapeHtml(text)}</p>`;

/** The HTML shape mammoth produces, so the DOCX block builder makes the same block model. */
export function wordTextToHtml(body: string, notes: string[] = []): string {
  const html: string[] = [];
  for (const part of parseBody(body)) {
    if (part.kind === 'p') {
      if (part.text.trim() !== '') html.push(paragraphHtml(part.text));
      continue;
    }
    const rows = splitRows(part.cells, part.rowEnds);
    const rowHtml = rows.map(
      (row) => `<tr>${row.map((cell) => `<td>${cell.split('\n').filter((t) => t.trim() !== '').map(paragraphHtml).join('')}</td>`).join('')}</tr>`,
    );
    html.push(`<table>${rowHtml.join('')}</table>`);
  }
  const noteItems = notes
    .flatMap((n) => n.split('\n'))
    .filter((t) => t.trim() !== '')
    .map((t, i) => `<li id="footnote-${i + 1}">${paragraphHtml(t)}</li>`);
  if (noteItems.length > 0) html.push(`<ol>${noteItems.join('')}</ol>`);
  return html.join('');
}

/** Text blocks and reading-view HTML of a .doc/.wps; refusals for encrypted, broken or foreign OLE files. */
export async function extractDoc(bytes: Buffer, fileName = '文档.doc'): Promise<ExtractedText> {
  let body: string;
  let notes: string[];
  const reader = new BufferReader(bytes);
  try {
    await reader.open();
    const doc = await new CellAwareExtractor().extract(reader);
    body = doc.getBody({ filterUnicode: false });
    notes = [doc.getFootnotes({ filterUnicode: false }), doc.getEndnotes({ filterUnicode: false })];
  } catch (e) {
    if (e instanceof EncryptedDoc) throw refusals.encrypted(fileName);
    if (e instanceof NoWordStream) throw refusals.notWordOle(fileName);
    throw refusals.corrupt(fileName, '旧版 Word/WPS 文件结构错误');
  } finally {
    await reader.close();
  }
  return htmlToBlocks(wordTextToHtml(body, notes));
}
