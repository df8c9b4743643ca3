import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportOriginal, getDocument, importDocument } from '../../../main/core/documents/document-service.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { listDocumentFindings } from '../../../main/core/findings/finding-service.js';
import { searchQuery } from '../../../main/core/search/search-service.js';
import { tableCounts, tempCore } from '../../support/core.js';
import { docxFixture, fixture, registerMatter } from './fixtures.js';

// The .doc fixtures are corpus DOCX files saved as Word 97–2003 by LibreOffice 7.4 (see tests/fixtures/MANIFEST.tsv).
let env: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  env = await tempCore();
});
afterEach(() => env.dispose());
afterAll(() => stopExtractionWorker());

const squash = (s: string) => s.replace(/\s+/g, '');

describe('importing old Word (.doc) and WPS (.wps) files', () => {
  it('reads a .doc through the worker into the DOCX block model: paragraphs and table cells, original kept byte for byte', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const bytes = fixture('doc/zh-contract-lease-std-01.doc');
    const { document } = await importDocument(db, 'tester', { matterId: matter.id, role: 'submitted', fileName: '房屋租赁合同.doc', bytes });
    expect(document).toMatchObject({ format: 'doc', mediaType: 'application/msword', size: bytes.length });
    expect(exportOriginal(db, document.id).bytes.equals(bytes)).toBe(true);
    const detail = getDocument(db, document.id);
    expect(detail.blocks.find((b) => b.text === '第十四条  违约责任')?.kind).toBe('paragraph');
    // Same cell as the DOCX import of the same contract finds it (import.test.ts).
    expect(detail.blocks.find((b) => b.text === '损赔额')?.cell).toEqual({ table: 0, row: 0, col: 5 });
    expect(detail.blocks.find((b) => b.text === '水费')?.cell).toEqual({ table: 1, row: 1, col: 0 });
    expect(detail.html).toMatch(/<table><tr><td><p data-b="\d+">名称<\/p><\/td>/);
    expect(detail.notes.join('')).toContain('批注版仅支持 .docx');

    // The same text as the DOCX of the same contract: nearly every DOCX paragraph is found among the .doc blocks.
    const fromDocx = await importDocument(db, 'tester', {
      matterId: matter.id,
      role: 'revised',
      fileName: '房屋租赁合同.docx',
      bytes: docxFixture('zh-contract-lease-std-01'),
    });
    const docxTexts = getDocument(db, fromDocx.document.id).blocks.map((b) => squash(b.text)).filter((t) => t !== '');
    const docTexts = new Set(detail.blocks.map((b) => squash(b.text)));
    const found = docxTexts.filter((t) => docTexts.has(t)).length;
    expect(found / docxTexts.length).toBeGreaterThan(0.95);

    // Search and the pre-checks run on the .doc text as on the DOCX.
    const hits = searchQuery(db, { query: '优先承租权', limit: 50, offset: 0 }).hits.filter((h) => h.documentId === document.id);
    expect(hits).toHaveLength(1);
    const docFindings = listDocumentFindings(db, document.id).map((f) => f.rule).sort();
    const docxFindings = listDocumentFindings(db, fromDocx.document.id).map((f) => f.rule).sort();
    expect(docFindings).toEqual(docxFindings);
  });

  it('reads a .wps (WPS 文字 2005+ writes the Word binary format) and a .doc saved under a .docx name', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const bytes = fixture('doc/zh-normative-elderly-care-01.doc');
    const wps = await importDocument(db, 'tester', { matterId: matter.id, role: 'submitted', fileName: '养老服务意见.wps', bytes }, { inline: true });
    expect(wps.document).toMatchObject({ format: 'doc', fileName: '养老服务意见.wps' });
    const blocks = getDocument(db, wps.document.id).blocks;
    expect(blocks[0]?.text).toBe('各区、市、县人民政府，各先导区管委会，市政府各委办局、各直属机构，各有关单位：');
    // Chinese quotes are kept (word-extractor would turn them into ASCII quotes by default).
    expect(blocks.some((b) => b.text.includes('“三个代表”'))).toBe(true);
    const renamed = await importDocument(
      db,
      'tester',
      { matterId: matter.id, role: 'revised', fileName: '养老服务意见.docx', bytes: Buffer.concat([bytes, Buffer.alloc(0)]) },
      { inline: true },
    );
    expect(renamed.duplicate).toBe(true);
  });

  it('reads a real file saved by WPS Office (.wps), searchable, original kept byte for byte', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const bytes = fixture('doc/real-wps-office-01.wps');
    // Made by WPS Office itself (not a renamed .doc): its SummaryInformation names the application.
    expect(bytes.includes(Buffer.from('WPS Office', 'utf16le'))).toBe(true);
    const { document } = await importDocument(db, 'tester', { matterId: matter.id, role: 'submitted', fileName: '发文系统更新说明.wps', bytes });
    expect(document).toMatchObject({ format: 'doc', fileName: '发文系统更新说明.wps', size: bytes.length });
    expect(exportOriginal(db, document.id).bytes.equals(bytes)).toBe(true);
    const texts = getDocument(db, document.id).blocks.map((b) => b.text);
    expect(texts.length).toBeGreaterThanOrEqual(15);
    expect(texts).toContain('实现密级变更后提示');
    expect(texts).toContain('定密审批单新增实现条件查询');
    const hits = searchQuery(db, { query: '定密审批单', limit: 50, offset: 0 }).hits.filter((h) => h.documentId === document.id);
    expect(hits.length).toBeGreaterThan(0);
  });

  it.each([
    ['fixture-encrypted-flag.doc', 'document.encrypted', /已加密或设置了打开密码/],
    // A real password-protected Word 97–2003 file (CryptoAPI RC4, password "password"), from Apache POI's test data.
    ['poi-password-cryptoapi.doc', 'document.encrypted', /已加密或设置了打开密码/],
    ['fixture-truncated.doc', 'document.corrupt', /已损坏或不完整/],
  ])('refuses %s with a Chinese message and changes nothing', async (name, code, message) => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const before = tableCounts(env.core);
    const attempt = importDocument(db, 'tester', { matterId: matter.id, role: 'submitted', fileName: name, bytes: fixture(`doc/${name}`) });
    await expect(attempt).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect(tableCounts(env.core)).toEqual(before);
  });
});
