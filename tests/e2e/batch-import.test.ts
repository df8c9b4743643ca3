import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { chooseByLabel } from './pages/antd.js';
import { dateInZone } from '../../shared/domain/office-time.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'docx');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const FAKE_DOC = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4088)]);
const GBK_TEXT = iconv.encode('某村村规民约（草案）\r\n第一条 为加强村民自治，制定本村规民约。\r\n第二条 村民应当爱护公共设施。\r\n', 'gbk');

interface MatterRow {
  id: number;
  title: string;
  type: string;
  submitting_unit: string;
  received_on: string;
}

/** Today in the office's time zone (the app's one clock), not the machine's: they differ for hours each day. */
function localToday(): string {
  return dateInZone(new Date());
}

describe('batch import in the browser', () => {
  const session = useE2eSession({ page: { viewport: { width: 1400, height: 1000 } } });

  const matters = () => session.app.core.db.prepare('SELECT id, title, type, submitting_unit, received_on FROM matters ORDER BY id').all() as MatterRow[];
  const documents = () =>
    session.app.core.db.prepare('SELECT matter_id, sha256, file_name FROM documents ORDER BY id').all() as { matter_id: number; sha256: string; file_name: string }[];

  async function openBatchPage(): Promise<Page> {
    const page = await session.pageAs();
    await page.goto(session.url('#/batch-import'));
    await page.getByRole('heading', { name: '批量导入' }).waitFor();
    return page;
  }

  it('imports a folder one matter per file, refuses the .doc with its reason, reports the duplicate, and stores exactly the good files', async () => {
    const folder = join(session.tempDir('review-desk-batch-'), '2024年送审文件');
    mkdirSync(join(folder, '补充'), { recursive: true });
    const good = {
      '甘井子区总部经济扶持办法.docx': fixture('zh-normative-hq-economy-01.docx'),
      '付款通知书.docx': fixture('zh-form-payment-notice-01.docx'),
      '公司运营管理.docx': fixture('zh-rules-company-ops-comments-01.docx'),
      '村规民约草案.txt': GBK_TEXT,
    };
    for (const [name, bytes] of Object.entries(good)) writeFileSync(join(folder, name), bytes);
    writeFileSync(join(folder, '旧版通知.doc'), FAKE_DOC);
    writeFileSync(join(folder, '补充', '总部经济扶持办法（重复）.docx'), good['甘井子区总部经济扶持办法.docx']);
    // Photos are read by OCR now (issue 15); a video is still not a document.
    writeFileSync(join(folder, '现场录像.mp4'), Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]));

    const page = await openBatchPage();
    await chooseByLabel(page, '事项类型', '行政规范性文件');
    await page.getByLabel('送审单位').fill('甘井子区司法局');
    await page.getByTestId('batch-folder').setInputFiles(folder);
    await page.getByText('已忽略 1 个不支持的文件').waitFor();
    await page.getByRole('button', { name: '开始导入（6 个文件）' }).click();

    await page.getByText('批量导入完成').waitFor();
    await page.getByText('共 6 个文件：已导入 4 件，已存在 1 件，被拒绝 1 件，取消未导入 0 件。').waitFor();
    const refusedRow = page.getByRole('row', { name: /旧版通知\.doc/ });
    expect(await refusedRow.textContent()).toContain('被拒绝');
    expect(await refusedRow.textContent()).toMatch(/已损坏或不完整/);
    expect(await page.getByRole('row', { name: /村规民约草案\.txt/ }).textContent()).toContain('已导入');
    await page.screenshot({ path: screenshotPath('batch-import-summary'), fullPage: true });

    const rows = matters();
    expect(rows).toHaveLength(4);
    for (const m of rows) {
      expect(m.type).toBe('normative');
      expect(m.submitting_unit).toBe('甘井子区司法局');
      expect(m.received_on).toBe(localToday());
    }
    expect(rows.map((m) => m.title).sort()).toEqual(
      expect.arrayContaining(['付款通知书', '公司运营管理', '村规民约草案']),
    );
    expect(rows.map((m) => m.title).filter((t) => t.includes('总部经济扶持办法'))).toHaveLength(1);
    const docs = documents();
    expect(docs.map((d) => d.sha256).sort()).toEqual(Object.values(good).map(sha256).sort());
    // One document per matter: nothing half-imported, the refused file left no matter behind.
    expect(new Set(docs.map((d) => d.matter_id))).toEqual(new Set(rows.map((m) => m.id)));
    // The one refused file is the only failed request the page saw.
    expect(session.errorsOf(page)).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });

  it('cancels between files: the file in progress finishes, the rest are not imported, no half-imported matter', async () => {
    const before = matters().length;
    const page = await openBatchPage();
    // Hold the first upload until Cancel has been pressed, so the cancel lands mid-batch every time.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    await page.route('**/api/rpc/documents.importAsMatter', async (route: Route) => {
      calls++;
      if (calls === 1) await held;
      await route.continue();
    });
    await page.getByTestId('batch-files').setInputFiles([
      { name: '租赁合同甲.docx', mimeType: 'application/octet-stream', buffer: fixture('zh-contract-lease-tpl7-01.docx') },
      { name: '租赁合同乙.docx', mimeType: 'application/octet-stream', buffer: fixture('zh-contract-lease-std-01.docx') },
      { name: '严格格式文档.docx', mimeType: 'application/octet-stream', buffer: fixture('fixture-strict-ooxml-01.docx') },
    ]);
    await page.getByRole('button', { name: '开始导入（3 个文件）' }).click();
    await page.getByText('正在导入：租赁合同甲.docx').waitFor();
    await page.getByRole('button', { name: '取 消' }).click();
    await page.getByRole('button', { name: '正在取消……' }).waitFor();
    release();

    await page.getByText('批量导入已取消').waitFor();
    await page.getByText('共 3 个文件：已导入 1 件，已存在 0 件，被拒绝 0 件，取消未导入 2 件。').waitFor();
    await page.screenshot({ path: screenshotPath('batch-import-cancelled'), fullPage: true });
    expect(calls).toBe(1);
    const rows = matters();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)!.title).toBe('租赁合同甲');
    const docs = documents();
    expect(docs.filter((d) => d.matter_id === rows.at(-1)!.id)).toHaveLength(1);
    expect(new Set(docs.map((d) => d.matter_id)).size).toBe(rows.length);
  });
});
