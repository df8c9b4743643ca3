import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/router.js';
import type { Matter, Method, MethodInput, MethodOutput } from '../../shared/contract/index.js';
import { contextAs } from '../support/accounts.js';
import type { TestApp } from '../support/app-server.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { imagePdf } from '../support/image-pdf.js';
import { DocumentsTab } from './pages/documents-tab.js';

/**
 * Scans in the reading view (issue 15): a scanned PDF uploaded in the browser shows its OCR progress by
 * page; the paragraph the recogniser was unsure of is highlighted; picking it shows its page (drawn by
 * pdf.js) beside the text; the reviewer corrects it, which makes text version 2, and search finds the
 * corrected words. A PDF with a text layer shows its pages as well.
 */

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** The blurred line of page 2 as it really reads (the OCR misreads some of its characters). */
const BLURRED = '本决议自通过之日起执行，村委会负责。';

/** One A4 page at 150 dpi; `blurred` lines are printed out of focus, as a bad scan of a stamped copy. */
async function page(lines: { text: string; blurred?: boolean }[]): Promise<Buffer> {
  const body = lines
    .map((l, i) => `<text x="120" y="${200 + i * 70}" font-size="34" font-family="Noto Serif CJK SC"${l.blurred ? ' filter="url(#blur)"' : ''}>${l.text}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754"><defs><filter id="blur"><feGaussianBlur stdDeviation="5"/></filter></defs><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`;
  return sharp(Buffer.from(svg)).flatten({ background: '#fff' }).png().toBuffer();
}

describe('scanned documents in the reading view', () => {
  let matter: Matter;
  let textPdfId: number;
  let scan: Buffer;

  async function rpc<M extends Method>(app: TestApp, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await dispatch(method, input, await contextAs(app.core, 'seed'));
    if (!result.ok) throw new Error(result.error.message);
    return result.value as MethodOutput<M>;
  }

  const session = useE2eSession({
    page: { viewport: { width: 1500, height: 950 } },
    seed: async (app) => {
      matter = await rpc(app, 'matters.create', { type: 'village.contract', title: '东风村鱼塘发包', submittingUnit: '东风村民委员会', receivedOn: '2026-11-02' });
      // Seeded through the core: a PDF with a text layer (no OCR), tests/fixtures/pdf (text of a corpus notice).
      const textPdf = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pdf', 'zh-notice-gov-office-textlayer-01.pdf'));
      textPdfId = (await rpc(app, 'documents.import', { matterId: matter.id, role: 'attachment', fileName: '政策通知.pdf', content: textPdf })).document.id;
      scan = await imagePdf([
        await page([{ text: '东风村村民会议决议。' }, { text: '经村民会议讨论，同意将村集体鱼塘对外发包。' }, { text: '发包期限为五年，承包费每年一万二千元。' }]),
        await page([{ text: '参加会议村民代表四十二人，同意四十人。' }, { text: BLURRED, blurred: true }]),
      ]);
    },
  });

  async function openPage(hash: string): Promise<{ page: Page; errors: string[] }> {
    const p = await session.pageAs();
    await p.goto(session.url(hash));
    return { page: p, errors: session.errorsOf(p) };
  }

  /** True when the page's canvas has been drawn with dark ink somewhere (not a blank white box). */
  const canvasHasInk = (p: Page) =>
    p.locator('[data-testid=pdf-page]').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 3]! > 0) dark++;
      return dark;
    });

  it('uploads a scan with page progress, highlights the unsure line beside its page, corrects it as version 2 and finds it by search', { timeout: 600_000 }, async () => {
    const { page: p, errors } = await openPage(`#/matters/${matter.id}/documents`);
    const tab = new DocumentsTab(p);
    await tab.waitForCount(1);
    await tab.upload({ name: '村民会议决议扫描件.pdf', mimeType: 'application/pdf', buffer: scan });
    await p.getByRole('status').getByText(/正在识别“村民会议决议扫描件\.pdf”：第 [01]\/2 页/).waitFor({ timeout: 0 });
    await p.screenshot({ path: screenshotPath('ocr-progress') });
    await tab.waitImported('村民会议决议扫描件.pdf（送审稿 第1版）', { timeout: 0 });
    const { id } = session.app.core.db.prepare("SELECT id FROM documents WHERE file_name = '村民会议决议扫描件.pdf'").get() as { id: number };

    await p.goto(session.url(`#/matters/${matter.id}/documents/doc-${id}`));
    const unsure = p.locator('article .rd-ocr-low');
    await unsure.first().waitFor();
    expect(await unsure.first().getAttribute('title')).toBe('文字识别把握较低，请对照原件核对');
    const misread = (await unsure.last().textContent())!;
    expect(misread).not.toBe(BLURRED);
    // Picking the paragraph turns the page picture to where it was read.
    await unsure.last().click();
    await p.getByTestId('page-of').getByText('第 2 / 2 页').waitFor();
    await p.locator('[data-testid=pdf-page][data-page="2"]').waitFor();
    // Two short lines of ink on a white page: a blank canvas has none.
    expect(await canvasHasInk(p)).toBeGreaterThan(100);
    await p.screenshot({ path: screenshotPath('ocr-page-beside-text') });

    await p.getByRole('button', { name: '更正文字' }).click();
    const editor = p.getByTestId('correct-panel');
    await editor.locator('#ocr-correct-text').fill(BLURRED);
    await editor.locator('#ocr-correct-note').fill('对照扫描件第 2 页更正');
    await editor.getByRole('button', { name: '保存为第 2 版文字' }).click();
    await p.getByText('已保存为第 2 版文字').waitFor();
    const corrected = p.locator('article .rd-ocr-corrected', { hasText: BLURRED });
    await corrected.waitFor();
    expect(await corrected.getAttribute('title')).toBe('已人工更正（文字第 2 版）');
    await p.getByTestId('text-version').getByText('文字第 2 版').waitFor();
    await p.getByTestId('text-version-2').getByText('第 2 版 · 更正 1 段').waitFor();
    await p.screenshot({ path: screenshotPath('ocr-corrected'), fullPage: true });
    // The original file is untouched.
    const stored = session.app.core.db.prepare('SELECT sha256, text_version FROM documents WHERE id = ?').get(id) as { sha256: string; text_version: number };
    expect(stored).toEqual({ sha256: sha256(scan), text_version: 2 });

    await p.goto(session.url(`#/search?q=${encodeURIComponent('村委会负责')}`));
    await p.locator('article.rd-search-hit', { hasText: '村民会议决议扫描件.pdf' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the pages of a PDF with a text layer too, page by page', async () => {
    const { page: p, errors } = await openPage(`#/matters/${matter.id}/documents/doc-${textPdfId}`);
    await p.locator('[data-testid=pdf-page][data-page="1"]').waitFor();
    await p.getByTestId('page-of').getByText('第 1 / 2 页').waitFor();
    expect(await canvasHasInk(p)).toBeGreaterThan(500);
    await p.getByRole('button', { name: '下一页' }).click();
    await p.locator('[data-testid=pdf-page][data-page="2"]').waitFor();
    expect(await canvasHasInk(p)).toBeGreaterThan(100);
    // Text-layer paragraphs are the file's own words: nothing to correct, no OCR hint.
    expect(await p.getByRole('button', { name: '更正文字' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
