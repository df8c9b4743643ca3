import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CreateMatterInput } from '../../../shared/contract/matters.js';
import { openCore } from '../../../main/core/core.js';
import { getDocument, importAsNewMatter } from '../../../main/core/documents/document-service.js';
import { readExtraction, readHtml } from '../../../main/core/documents/document-store.js';
import { extractFile } from '../../../main/core/documents/extract.js';
import { DEFAULT_LIMITS } from '../../../main/core/documents/limits.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { splitHtml } from '../../../main/core/documents/html-parts.js';
import { openDatabase } from '../../../main/core/store/open-database.js';
import { makeTempDir } from '../../support/temp-dir.js';

// Issue 17: the reading-view HTML is stored brotli-compressed in pieces (migration 0230, html-parts.ts).
const DOCX = join(import.meta.dirname, '..', '..', 'fixtures', 'docx', 'zh-contract-lease-filled-risky-01.docx');

const temps: { remove(): void }[] = [];
const tempDir = () => {
  const t = makeTempDir();
  temps.push(t);
  return t.dir;
};
afterEach(() => temps.splice(0).forEach((t) => t.remove()));
afterAll(async () => {
  await stopExtractionWorker();
});

const matter = (title: string) => CreateMatterInput.parse({ type: 'contract', title, submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' });

describe('stored reading-view HTML', () => {
  it('is kept compressed and read back exactly as extracted, also when the same file is imported again', async () => {
    const core = await openCore(tempDir());
    try {
      const db = core.db;
      const bytes = readFileSync(DOCX);
      const expected = (await extractFile('租赁合同.docx', bytes, DEFAULT_LIMITS)).html;
      const first = await importAsNewMatter(db, 'tester', matter('房屋租赁合同'), { fileName: '租赁合同.docx', bytes });
      const id = first.document.id;
      expect(readHtml(db, id)).toBe(expected);
      expect(getDocument(db, id).html).toBe(expected);
      // Not in the document row any more; compressed in its piece, well under the HTML's UTF-8 size.
      expect(db.prepare('SELECT html FROM documents WHERE id = ?').pluck().get(id)).toBe('');
      const stored = db.prepare('SELECT codec, length(html) AS n FROM document_html_parts WHERE document_id = ?').all(id) as { codec: string; n: number }[];
      expect(stored.map((r) => r.codec)).toEqual(['br']);
      expect(stored[0]!.n).toBeLessThan(Buffer.byteLength(expected) * 0.6);
      // The same bytes in another matter reuse the stored extraction (read piece by piece): same HTML.
      const again = await importAsNewMatter(db, 'tester', matter('房屋租赁合同（另案）'), { fileName: '租赁合同.docx', bytes });
      expect(again.document.id).not.toBe(id);
      expect(readHtml(db, again.document.id)).toBe(expected);
      expect(readExtraction(db, again.document.id).html).toBe(expected);
      // Damaged compressed bytes are refused in plain Chinese, not with a zlib error.
      db.prepare('UPDATE document_html_parts SET html = ? WHERE document_id = ?').run(Buffer.from('不是压缩数据'), id);
      expect(() => readHtml(db, id)).toThrow(/阅读视图数据已损坏/);
    } finally {
      core.close();
    }
  });

  it('of an archive from schema 220 (in the row, and in pieces of the old table) reads the same after the upgrade', async () => {
    const dir = tempDir();
    const old = await openDatabase(dir, { migrateUpTo: 220 });
    old.exec(`INSERT INTO matters (id, serial, serial_year, serial_no, type, title, submitting_unit, received_on, created_at, updated_at)
      VALUES (1, '审2026-0001', 2026, 1, 'contract', '旧档案', '东风村', '2026-03-01', 'x', 'x')`);
    old.prepare("INSERT INTO blobs (sha256, size, data, created_at) VALUES (?, 3, X'010203', 'x')").run('a'.repeat(64));
    const doc = old.prepare(`INSERT INTO documents (id, matter_id, role, version, file_name, format, media_type, size, sha256, html, text_chars, extractor, created_at, created_by)
      VALUES (?, 1, 'submitted', ?, '旧文件.txt', 'txt', 'text/plain', 3, ?, ?, 1, 'x', 'x', 'x')`);
    doc.run(1, 1, 'a'.repeat(64), '<p>在行内的阅读视图</p>');
    old.prepare("INSERT INTO blobs (sha256, size, data, created_at) VALUES (?, 3, X'010204', 'x')").run('b'.repeat(64));
    doc.run(2, 2, 'b'.repeat(64), '');
    // Pieces of a document written in steps; the cut falls inside nothing special here.
    const part = old.prepare('INSERT INTO document_html_parts (document_id, part, html) VALUES (2, ?, ?)');
    part.run(0, '<p>第一段：分步写入');
    part.run(1, '的第二块</p>');
    old.close();
    const db = await openDatabase(dir);
    try {
      expect(readHtml(db, 1)).toBe('<p>在行内的阅读视图</p>');
      expect(readHtml(db, 2)).toBe('<p>第一段：分步写入的第二块</p>');
      expect(db.prepare('SELECT DISTINCT codec FROM document_html_parts').pluck().all()).toEqual(['none']);
      // A plain piece must be text, a compressed one bytes: the table refuses a mix-up.
      expect(() => db.prepare("INSERT INTO document_html_parts (document_id, part, codec, html) VALUES (2, 2, 'br', 'x')").run()).toThrow(/CHECK/);
      // The delete trigger names the rebuilt table.
      db.prepare('DELETE FROM documents WHERE id = 2').run();
      expect(db.prepare('SELECT count(*) FROM document_html_parts').pluck().get()).toBe(0);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('is cut into pieces never between the halves of a character outside the BMP', () => {
    const html = `<p>${'𠀀'.repeat(10)}</p>`; // U+20000: two UTF-16 units each
    for (const size of [3, 4, 5, 8]) {
      const pieces = splitHtml(html, size);
      expect(pieces.join('')).toBe(html);
      for (const piece of pieces) expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece);
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(size);
    }
  });
});
