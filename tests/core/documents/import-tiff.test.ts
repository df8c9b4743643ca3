import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { importDocument } from '../../../main/core/documents/document-service.js';
import { stopExtractionWorker } from '../../../main/core/documents/extract-pool.js';
import { contextAs } from '../../support/accounts.js';
import { callAs } from '../../support/approved-matter.js';
import { tableCounts, tempCore } from '../../support/core.js';
import { cer } from '../../support/ocr-pages.js';
import { convertToPdf, hasRenderer } from '../../support/render-pdf.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { docxFixture, registerMatter } from './fixtures.js';

/**
 * A multi-page TIFF, as an office scanner writes a stack of pages into one file (issue 15): every page
 * is read, in order, with its page number; the reading view gets each page as a picture. The pages are
 * two pages of a real corpus contract (tests/fixtures/docx/zh-contract-loan-01.docx) rendered by
 * LibreOffice → PDF → pdftoppm at 150 dpi; the expected text is the PDF's own text layer.
 */
describe.runIf(hasRenderer())('a multi-page TIFF scan', () => {
  let env: Awaited<ReturnType<typeof tempCore>>;
  let temp: ReturnType<typeof makeTempDir>;
  let tiff: Buffer;
  const expected: string[] = [];

  beforeAll(async () => {
    env = await tempCore();
    temp = makeTempDir('tiff-');
    const pdf = convertToPdf(temp.dir, { loan: docxFixture('zh-contract-loan-01') }).loan!;
    const pages: Buffer[] = [];
    for (const page of [1, 2]) {
      const base = join(temp.dir, `page-${page}`);
      execFileSync('pdftoppm', ['-r', '150', '-gray', '-f', String(page), '-l', String(page), '-png', '-singlefile', pdf, base]);
      pages.push(readFileSync(`${base}.png`));
      expected.push(execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    }
    // One file, two pages (libvips writes a multi-page TIFF from a joined "animated" image).
    tiff = await sharp(pages, { join: { animated: true } }).tiff({ compression: 'lzw' }).toBuffer();
  });
  afterAll(async () => {
    env.dispose();
    temp.remove();
    await stopExtractionWorker();
  });

  it('reads every page in order with its page number and progress per page; each page is shown as a picture', async () => {
    expect((await sharp(tiff).metadata()).pages).toBe(2);
    const matter = registerMatter(env.core.db, '某村借款协议');
    const progress: string[] = [];
    const { document } = await importDocument(
      env.core.db,
      'tester',
      { matterId: matter.id, role: 'submitted', fileName: '借款协议扫描件.tif', bytes: tiff },
      { hooks: { onProgress: (p) => progress.push(`${p.done}/${p.total}`) } },
    );
    expect(document).toMatchObject({ format: 'image', mediaType: 'image/tiff' });
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
    const detail = await callAs(env.core, '王审查', 'documents.get', { id: document.id });
    const pages = detail.blocks.map((b) => b.ocr?.page);
    expect(new Set(pages)).toEqual(new Set([1, 2]));
    // Page 1's blocks come before page 2's.
    expect(pages).toEqual([...pages].sort());
    expect(detail.notes.join('')).toMatch(/文字识别（OCR）：2 页/);
    const perPage = [1, 2].map((page) => cer(detail.blocks.filter((b) => b.ocr?.page === page).map((b) => b.text).join(''), expected[page - 1]!));
    console.log(`multi-page TIFF CER per page: ${perPage.map((c) => `${(c * 100).toFixed(2)} %`).join(', ')}`);
    for (const c of perPage) expect(c).toBeLessThan(0.05);

    const picture = await callAs(env.core, '王审查', 'documents.pageImage', { id: document.id, page: 2 });
    const page2 = await sharp(tiff, { page: 1 }).metadata();
    expect(picture).toMatchObject({ page: 2, pages: 2, mediaType: 'image/jpeg', width: page2.width, height: page2.height });
    const jpeg = await sharp(Buffer.from(picture.content)).metadata();
    expect(jpeg).toMatchObject({ format: 'jpeg', width: picture.width, height: picture.height });
    const missing = await dispatch('documents.pageImage', { id: document.id, page: 3 }, await contextAs(env.core, '王审查'));
    expect(missing).toMatchObject({ ok: false, error: { code: 'document.page-missing', message: '该文件只有 2 页，没有第 3 页。' } });
  });
});

describe('a TIFF of more pages than one import reads by OCR', () => {
  it('is refused at once from its header, in Chinese, with nothing stored and no page read', async () => {
    const env = await tempCore();
    try {
      const blank = await sharp({ create: { width: 40, height: 56, channels: 3, background: '#fff' } }).png().toBuffer();
      const tiff = await sharp(Array.from({ length: 201 }, () => blank), { join: { animated: true } }).tiff().toBuffer();
      const matter = registerMatter(env.core.db, '某村档案盒扫描');
      const before = tableCounts(env.core);
      const progress: string[] = [];
      const refused = await importDocument(
        env.core.db,
        'tester',
        { matterId: matter.id, role: 'submitted', fileName: '整盒扫描.tif', bytes: tiff },
        { hooks: { onProgress: (p) => progress.push(`${p.done}/${p.total}`) } },
      ).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'document.too-many-pages', message: '图片文件“整盒扫描.tif”有 201 页，需要逐页文字识别（OCR），超过了单个文件 200 页的上限。请将其拆分为几个较小的文件后分别导入。' });
      expect(progress).toEqual([]);
      expect(tableCounts(env.core)).toEqual(before);
    } finally {
      env.dispose();
      await stopExtractionWorker();
    }
  });
});
