import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditTrail } from '../../../main/core/audit.js';
import {
  exportOriginal,
  getDocument,
  getDocumentBlocks,
  importAsNewMatter,
  importDocument,
  listDocuments,
} from '../../../main/core/documents/document-service.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { MAX_FILE_MB_SETTING } from '../../../main/core/documents/limits.js';
import { tableCounts, tempCore } from '../../support/core.js';
import { docxFixture, fixture, matterInput, registerMatter } from './fixtures.js';
import { makeDocx } from './make-files.js';

let env: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  env = await tempCore();
});
afterEach(() => env.dispose());
afterAll(() => stopExtractionWorker());

const count = (table: string) => (env.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The gov-office notice exists as DOCX, as a PDF with a text layer and as .txt in two encodings. */
const NOTICE_TEXT = [
  '各区市县人民政府，各先导区管委会，市政府各委办局、各直属机构，各有关单位：',
  '为进一步推进大连生态科技创新城开发建设，经市政府同意，继续执行《大连市支持生态科技创新城开发建设的若干政策》（大政办发〔2010〕138号），有效期延续5年。',
  '将原文第五条中“以2009年为基数”修改为“以2014年为基数”。',
  '将原文第七条中“除责任性、义务性的行政事业性收费外”修改为“除国家规定的收费外”。',
  '特此通知。',
  '大连市人民政府办公厅',
  '2016年9月7日',
];

describe('importing documents', () => {
  it('imports a real WPS DOCX through the worker: original kept byte for byte, text and HTML stored', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const bytes = docxFixture('zh-contract-lease-std-01');
    const result = await importDocument(db, 'tester', { matterId: matter.id, role: 'submitted', fileName: '房屋租赁合同.docx', bytes });
    expect(result).toMatchObject({ duplicate: false, blobReused: false });
    expect(result.document).toMatchObject({
      matterId: matter.id,
      role: 'submitted',
      version: 1,
      fileName: '房屋租赁合同.docx',
      format: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: bytes.length,
      sha256: sha(bytes),
      blockCount: 158,
      createdBy: 'tester',
    });
    const original = exportOriginal(db, result.document.id);
    expect(original.bytes.equals(bytes)).toBe(true);
    expect(original).toMatchObject({ fileName: '房屋租赁合同.docx', sha256: sha(bytes) });
    const detail = getDocument(db, result.document.id);
    expect(detail.blocks.find((b) => b.text === '第十四条  违约责任')).toBeDefined();
    expect(detail.blocks.find((b) => b.text === '损赔额')?.cell).toEqual({ table: 0, row: 0, col: 5 });
    expect(detail.html).toContain('data-b="0"');
    expect(detail.textChars).toBe(detail.blocks.reduce((n, b) => n + b.text.length, 0));
    expect(getDocumentBlocks(db, result.document.id)).toEqual(detail.blocks);
    expect(auditTrail(db, 'document', result.document.id).map((a) => a.action)).toEqual(['document.import']);
  });

  it('extracts the same paragraphs from the PDF text layer and from .txt in GBK and in UTF-8 with BOM', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const files: [string, Buffer][] = [
      ['通知.pdf', fixture('pdf/zh-notice-gov-office-textlayer-01.pdf')],
      ['通知-gbk.txt', fixture('txt/zh-notice-gov-office-gbk-01.txt')],
      ['通知-utf8.txt', fixture('txt/zh-notice-gov-office-utf8bom-01.txt')],
      ['通知-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(NOTICE_TEXT.join('\r\n'), 'utf-16le')])],
    ];
    const notes: string[][] = [];
    for (const [fileName, bytes] of files) {
      const { document } = await importDocument(db, 'tester', { matterId: matter.id, role: 'attachment', fileName, bytes }, { inline: true });
      expect(getDocument(db, document.id).blocks.map((b) => b.text)).toEqual(NOTICE_TEXT);
      expect(exportOriginal(db, document.id).bytes.equals(bytes)).toBe(true);
      notes.push(document.notes);
    }
    expect(notes).toEqual([[], ['文本编码：GB18030/GBK'], ['文本编码：UTF-8'], ['文本编码：UTF-16']]);
    // The DOCX of the same notice agrees, apart from the signature block's indentation.
    const { document } = await importDocument(
      db,
      'tester',
      { matterId: matter.id, role: 'attachment', fileName: '通知.docx', bytes: docxFixture('zh-notice-gov-office-01') },
      { inline: true },
    );
    expect(getDocument(db, document.id).blocks.map((b) => b.text.trim())).toEqual(NOTICE_TEXT);
    expect(listDocuments(db, matter.id).map((d) => [d.format, d.version])).toEqual([
      ['pdf', 1],
      ['txt', 2],
      ['txt', 3],
      ['txt', 4],
      ['docx', 5],
    ]);
  });

  it('recognises the same file sent again for the same matter and stores nothing new', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const bytes = docxFixture('zh-contract-lease-tpl7-01');
    const first = await importDocument(db, 'tester', { matterId: matter.id, role: 'submitted', fileName: 'a.docx', bytes }, { inline: true });
    const before = { documents: count('documents'), blobs: count('blobs'), blocks: count('document_blocks') };
    const again = await importDocument(db, 'tester', { matterId: matter.id, role: 'revised', fileName: '再次发送.docx', bytes }, { inline: true });
    expect(again).toMatchObject({ duplicate: true, document: { id: first.document.id, role: 'submitted', fileName: 'a.docx' } });
    expect({ documents: count('documents'), blobs: count('blobs'), blocks: count('document_blocks') }).toEqual(before);
    const trail = auditTrail(db, 'document', first.document.id);
    expect(trail.map((a) => a.action)).toEqual(['document.import', 'document.duplicate']);
    expect(trail[1]!.after).toMatchObject({ receivedAgainAs: '再次发送.docx' });
  });

  it('stores bytes shared by two matters once, reusing the extraction', async () => {
    const db = env.core.db;
    const a = registerMatter(db, '甲村合同');
    const b = registerMatter(db, '乙村合同');
    const bytes = docxFixture('zh-contract-procurement-01');
    const first = await importDocument(db, 'tester', { matterId: a.id, role: 'submitted', fileName: '采购合同.docx', bytes }, { inline: true });
    const second = await importDocument(db, 'tester', { matterId: b.id, role: 'submitted', fileName: '采购合同(1).docx', bytes }, { inline: true });
    expect(first.blobReused).toBe(false);
    expect(second).toMatchObject({ duplicate: false, blobReused: true });
    expect(second.document.id).not.toBe(first.document.id);
    expect(count('blobs')).toBe(1);
    expect(getDocument(db, second.document.id).blocks).toEqual(getDocument(db, first.document.id).blocks);
    expect(exportOriginal(db, second.document.id).bytes.equals(bytes)).toBe(true);
  });

  it('numbers versions per matter and role, and takes an explicit free version number', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const imp = (role: 'submitted' | 'revised', text: string, version?: number) =>
      importDocument(db, 'tester', { matterId: matter.id, role, version, fileName: `${text}.docx`, bytes: makeDocx([text]) }, { inline: true });
    expect((await imp('submitted', '送审稿')).document.version).toBe(1);
    expect((await imp('revised', '修改稿一')).document.version).toBe(1);
    expect((await imp('revised', '修改稿二')).document.version).toBe(2);
    expect((await imp('revised', '修改稿五', 5)).document.version).toBe(5);
    expect((await imp('revised', '修改稿六')).document.version).toBe(6);
    expect(listDocuments(db, matter.id).map((d) => `${d.role}:${d.version}:${d.fileName}`)).toEqual([
      'submitted:1:送审稿.docx',
      'revised:1:修改稿一.docx',
      'revised:2:修改稿二.docx',
      'revised:5:修改稿五.docx',
      'revised:6:修改稿六.docx',
    ]);
  });

  it('keeps only the base name of a file path and honours the office size limit setting', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const { document } = await importDocument(
      db,
      'tester',
      { matterId: matter.id, role: 'submitted', fileName: 'C:\\Users\\审查\\桌面\\合同.docx', bytes: makeDocx(['甲']) },
      { inline: true },
    );
    expect(document.fileName).toBe('合同.docx');
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(MAX_FILE_MB_SETTING, '0.01');
    await expect(
      importDocument(db, 'tester', { matterId: matter.id, role: 'submitted', fileName: 'big.docx', bytes: docxFixture('zh-contract-lease-std-01') }),
    ).rejects.toMatchObject({ code: 'document.too-large', message: expect.stringContaining('10.2 KB') });
  });
});

describe('importing a file as a new matter (batch import)', () => {
  it('registers the matter and the document together, and reports a known file instead of registering it twice', async () => {
    const db = env.core.db;
    const bytes = docxFixture('zh-normative-tech-fund-01');
    const first = await importAsNewMatter(db, 'batch', matterInput('专项资金管理办法', 'normative'), { fileName: '办法.docx', bytes }, { skipIfKnown: true, inline: true });
    expect(first.duplicate).toBe(false);
    expect(first.matter).toMatchObject({ title: '专项资金管理办法', type: 'normative', serial: '审2024-0001' });
    expect(first.document).toMatchObject({ matterId: first.matter.id, role: 'submitted', version: 1 });
    const again = await importAsNewMatter(db, 'batch', matterInput('专项资金管理办法'), { fileName: '办法.docx', bytes }, { skipIfKnown: true, inline: true });
    expect(again).toMatchObject({ duplicate: true, matter: { id: first.matter.id }, document: { id: first.document.id } });
    expect(count('matters')).toBe(1);
    const forced = await importAsNewMatter(db, 'batch', matterInput('另一事项'), { fileName: '办法.docx', bytes }, { skipIfKnown: false, inline: true });
    expect(forced.matter.id).not.toBe(first.matter.id);
    expect({ matters: count('matters'), documents: count('documents'), blobs: count('blobs') }).toEqual({ matters: 2, documents: 2, blobs: 1 });
  });

  it('leaves no matter behind when storing fails half-way (the transaction rolls back)', async () => {
    const db = env.core.db;
    db.exec("CREATE TEMP TRIGGER fail_blocks BEFORE INSERT ON main.document_blocks BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const before = tableCounts(env.core);
    await expect(
      importAsNewMatter(db, 'batch', matterInput('不应留下的事项'), { fileName: 'a.docx', bytes: makeDocx(['第一条']) }, { inline: true }),
    ).rejects.toThrow(/disk full/);
    expect(tableCounts(env.core)).toEqual(before);
  });
});
