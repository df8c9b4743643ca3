import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { exportOriginal, getDocument, importDocument } from '../../../main/core/documents/document-service.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { searchQuery } from '../../../main/core/search/search-service.js';
import { tableCounts, tempCore } from '../../support/core.js';
import { imagePdf } from '../../support/image-pdf.js';
import { registerMatter } from './fixtures.js';

let env: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  env = await tempCore();
});
afterEach(() => env.dispose());
afterAll(() => stopExtractionWorker());

/** Lines of the gov-office notice in the corpus (tests/fixtures/docx/zh-notice-gov-office-01.docx). */
const NOTICE = [
  '各区市县人民政府，各先导区管委会，市政府各委办局、',
  '为进一步推进大连生态科技创新城开发建设，经市政府同意，',
  '继续执行《大连市支持生态科技创新城开发建设的若干政策》',
  '将原文第五条中“以2009年为基数”修改为“以2014年为基数”。',
  '特此通知。',
];

/** A printed page as a scanner gives it: black Song-style text on white, about 150 dpi (A4 = 1240 × 1754). */
async function scannedPage(lines: string[], format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const text = lines
    .map((l, i) => `<text x="120" y="${200 + i * 70}" font-size="34" font-family="Noto Serif CJK SC">${l}</text>`)
    .join('');
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`);
  const page = sharp(svg).flatten({ background: '#fff' });
  return format === 'png' ? page.png().toBuffer() : page.jpeg({ quality: 85 }).toBuffer();
}

describe('importing scans and photos (OCR)', () => {
  it('reads a JPG through the worker: OCR text with page and confidence, searchable, original kept', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const bytes = await scannedPage(NOTICE, 'jpeg');
    const progress: string[] = [];
    const { document } = await importDocument(
      db,
      'tester',
      { matterId: matter.id, role: 'submitted', fileName: '通知照片.jpg', bytes },
      { hooks: { onProgress: (p) => progress.push(`${p.done}/${p.total}`) } },
    );
    expect(document).toMatchObject({ format: 'image', mediaType: 'image/jpeg', size: bytes.length });
    expect(progress).toEqual(['0/1', '1/1']);
    expect(exportOriginal(db, document.id).bytes.equals(bytes)).toBe(true);
    const detail = getDocument(db, document.id);
    const all = detail.blocks.map((b) => b.text).join('');
    expect(all).toContain('大连生态科技创新城开发建设');
    expect(all).toContain('以2009年为基数');
    expect(detail.blocks.every((b) => b.ocr?.page === 1 && b.ocr.confidence > 0 && b.ocr.confidence <= 1)).toBe(true);
    expect(detail.notes.join('')).toMatch(/文字识别（OCR）：1 页/);
    expect(searchQuery(db, { query: '先导区管委会', limit: 50, offset: 0 }).hits.map((h) => h.documentId)).toContain(document.id);
  });

  it('reads a scanned PDF page by page with progress; pages keep their numbers', async () => {
    const db = env.core.db;
    const matter = registerMatter(db);
    const pages = await Promise.all([NOTICE.slice(0, 2), NOTICE.slice(2, 4), NOTICE.slice(4)].map((l) => scannedPage(l)));
    const bytes = await imagePdf(pages);
    const progress: string[] = [];
    const { document } = await importDocument(
      db,
      'tester',
      { matterId: matter.id, role: 'submitted', fileName: '扫描件.pdf', bytes },
      { hooks: { onProgress: (p) => progress.push(`${p.done}/${p.total}`) } },
    );
    expect(document.format).toBe('pdf');
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
    const blocks = getDocument(db, document.id).blocks;
    expect(blocks.find((b) => b.text.includes('特此通知'))?.ocr?.page).toBe(3);
    expect(blocks.find((b) => b.text.includes('若干政策'))?.ocr?.page).toBe(2);
  });

  it('cancels a 10-page scan through the API after the first page: Chinese message, nothing stored', async () => {
    const matter = registerMatter(env.core.db);
    const page = await scannedPage(NOTICE);
    const bytes = await imagePdf(Array.from({ length: 10 }, () => page));
    const before = tableCounts(env.core);
    const jobId = randomUUID();
    const pending = dispatch(
      'documents.import',
      { matterId: matter.id, fileName: '十页扫描件.pdf', content: bytes, jobId },
      env.ctx,
    );
    // Poll as the client does, until the first page is done, then cancel.
    let seen = { running: false, done: 0, total: 0 };
    while (seen.done < 1) {
      await new Promise((r) => setTimeout(r, 100));
      const reply = await dispatch('documents.importProgress', { jobId }, env.ctx);
      if (reply.ok) seen = reply.value as typeof seen;
    }
    expect(seen).toMatchObject({ running: true, total: 10 });
    expect(await dispatch('documents.cancelImport', { jobId }, env.ctx)).toMatchObject({ ok: true, value: { cancelled: true } });
    const result = await pending;
    expect(result).toMatchObject({ ok: false, error: { code: 'document.ocr-cancelled', message: expect.stringContaining('已取消') } });
    expect(tableCounts(env.core)).toEqual(before);
    expect(await dispatch('documents.importProgress', { jobId }, env.ctx)).toMatchObject({ ok: true, value: { running: false } });
  });
});
