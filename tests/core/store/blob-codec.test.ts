import { createHash, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportOriginal, importDocument } from '../../../main/core/documents/document-service.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { PACK_MAX_BYTES, packBlob, unpackBlob } from '../../../main/core/store/blob-codec.js';
import { checkBlobs } from '../../../main/core/store/health-check.js';
import { tempCore } from '../../support/core.js';
import { docxFixture, fixture, registerMatter } from '../documents/fixtures.js';

// Issue 17: originals of text-like formats are stored compressed; every read gives back the original
// bytes, checked against their SHA-256, and damaged packed data is caught like changed bytes.

let env: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  env = await tempCore();
});
afterEach(() => env.dispose());
afterAll(() => stopExtractionWorker());

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const stored = (sha256: string) =>
  env.core.db.prepare('SELECT codec, size, length(data) AS stored FROM blobs WHERE sha256 = ?').get(sha256) as {
    codec: string;
    size: number;
    stored: number;
  };

describe('stored originals (blobs, migration 0210)', () => {
  it('keeps a text file and a legacy Word file compressed and a DOCX as it is, and gives each back byte for byte', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const files = [
      { fileName: '通知.txt', bytes: fixture('txt/zh-notice-gov-office-utf8bom-01.txt'), codec: 'br' },
      { fileName: '租赁合同.doc', bytes: fixture('doc/zh-contract-lease-std-01.doc'), codec: 'br' },
      { fileName: '租赁合同.docx', bytes: docxFixture('zh-contract-lease-std-01'), codec: 'none' },
    ];
    for (const file of files) {
      const { document } = await importDocument(db, 'tester', { matterId: matter.id, role: 'attachment', fileName: file.fileName, bytes: file.bytes });
      const row = stored(document.sha256);
      expect(row.codec, file.fileName).toBe(file.codec);
      expect(row.size).toBe(file.bytes.length);
      if (file.codec === 'br') expect(row.stored, file.fileName).toBeLessThan(file.bytes.length * 0.9);
      else expect(row.stored).toBe(file.bytes.length);
      const original = exportOriginal(db, document.id);
      expect(original.bytes.equals(file.bytes), file.fileName).toBe(true);
      expect(sha(original.bytes)).toBe(document.sha256);
    }
    expect(checkBlobs(db)).toEqual({ checked: 3, problems: [] });
  });

  it('refuses a compressed original whose stored bytes were damaged, and the check names it', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const bytes = fixture('txt/zh-notice-gov-office-utf8bom-01.txt');
    const { document } = await importDocument(db, 'tester', { matterId: matter.id, role: 'submitted', fileName: '通知.txt', bytes });
    expect(stored(document.sha256).codec).toBe('br');
    const { data } = db.prepare('SELECT data FROM blobs WHERE sha256 = ?').get(document.sha256) as { data: Buffer };
    const damaged = Buffer.from(data);
    damaged[Math.floor(damaged.length / 2)]! ^= 0x55;
    db.prepare('UPDATE blobs SET data = ? WHERE sha256 = ?').run(damaged, document.sha256);
    expect(() => exportOriginal(db, document.id)).toThrow(/SHA-256/);
    const report = checkBlobs(db);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.message).toMatch(/SHA-256 不一致.*通知\.txt/);
  });

  it('stores incompressible, already compressed and very large files as they are', () => {
    const noise = randomBytes(100_000);
    expect(packBlob(noise)).toEqual({ codec: 'none', data: noise });
    const pdfLike = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10_000, 0x20)]);
    expect(packBlob(pdfLike).codec).toBe('none');
    const big = Buffer.alloc(PACK_MAX_BYTES + 1, 0x41);
    expect(packBlob(big).codec).toBe('none');
    const text = Buffer.from('第一条 为了规范村集体经济合同管理，根据有关法律法规，制定本办法。\n'.repeat(200));
    const packed = packBlob(text);
    expect(packed.codec).toBe('br');
    expect(unpackBlob(packed.codec, packed.data, text.length).equals(text)).toBe(true);
  });
});
