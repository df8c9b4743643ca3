import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callAs } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { DocumentsTab } from './pages/documents-tab.js';
import { opinionEditor, openReview, reviewDocument } from './pages/review-page.js';

/*
 * Issue 20, two traps checked where the user meets them, on a 1280×720 laptop screen: plain Enter in the
 * registration form registered half-filled matters and 重大 + Enter picked a village type; the opinion
 * editor's 保存 sat below the window. (The helpers are unit-tested in tests/renderer/registration-keys.test.ts;
 * this proves the form uses them.) Seeded through the core; one app and one browser for the file.
 */

const LAPTOP = { width: 1280, height: 720 };
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'docx', 'zh-contract-lease-rural-01.docx');
let matterId = 0;
let uploadMatterId = 0;
const session = useE2eSession(async (app) => {
  const matter = await callAs(app.core, 'e2e', 'matters.create', { type: 'contract', title: '某村房屋租赁合同', submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' });
  await callAs(app.core, 'e2e', 'documents.import', { matterId: matter.id, fileName: 'lease.docx', content: readFileSync(FIXTURE) });
  await callAs(app.core, 'e2e', 'review.start', { matterId: matter.id });
  matterId = matter.id;
  uploadMatterId = (await callAs(app.core, 'e2e', 'matters.create', { type: 'contract', title: '多份附件的合同', submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' })).id;
  // Received in a year no holiday schedule covers (the package ends years before): counted Monday–Friday.
  await callAs(app.core, 'e2e', 'matters.create', { type: 'normative', title: '二〇三一年收件的规范性文件', submittingUnit: '县政府办', receivedOn: '2031-03-03' });
});

describe('daily traps at 1280×720', () => {
  it('Enter moves to the next field and registers nothing; 重大 + Enter picks 重大行政决策; Ctrl+Enter registers', async () => {
    const page = await session.pageAs(undefined, { viewport: LAPTOP });
    await page.goto(session.url('#/matters/new'));
    const title = page.getByLabel('标题');
    await title.waitFor();
    const count = () => (session.app.core.db.prepare('SELECT count(*) AS n FROM matters').get() as { n: number }).n;
    const before = count();
    await title.fill('关于规范村级工程项目审批的决定');
    await title.press('Enter');
    // Focus left the title for the type list; the form is still there and nothing was registered.
    await expect.poll(() => title.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(false);
    expect(page.url()).toContain('#/matters/new');
    expect(count()).toBe(before);
    // The type list has focus: typing 重大 + Enter picks the type named so, not the group label's first type.
    await page.keyboard.type('重大');
    await page.keyboard.press('Enter');
    const typeField = page.locator('.ant-form-item').filter({ has: page.getByLabel('事项类型') });
    await expect.poll(() => typeField.innerText()).toContain('重大行政决策');
    await page.getByLabel('送审单位').fill('红花镇人民政府');
    await page.getByLabel('送审单位').press('Control+Enter');
    await page.waitForURL(/#\/matters$/);
    const stored = session.app.core.db.prepare('SELECT type FROM matters WHERE title = ?').get('关于规范村级工程项目审批的决定') as { type: string };
    expect(stored.type).toBe('decision');
    await page.close();
  });

  it('a deadline in a year without a holiday schedule says 按周一至周五, and the home page says which year is missing', async () => {
    const page = await session.pageAs(undefined, { viewport: LAPTOP });
    await page.goto(session.url('#/matters'));
    const row = page.getByRole('row', { name: /二〇三一年收件的规范性文件/ });
    // The deadlines arrive after the rows: wait for the note itself.
    await row.getByText('按周一至周五').waitFor();
    // The home page names the uncovered year when this year or next has no schedule (the server says which).
    const years = await callAs(session.app.core, 'e2e', 'holidays.years', {});
    const year = Number(years.today.slice(0, 4));
    const missing = !years.thisYearCovered ? year : !years.nextYearCovered ? year + 1 : null;
    await page.goto(session.url('#/'));
    if (missing === null) {
      await page.getByRole('heading').first().waitFor();
      expect(await page.getByTestId('holiday-coverage').count()).toBe(0);
    } else {
      await expect.poll(() => page.getByTestId('holiday-coverage').textContent()).toContain(String(missing));
    }
    await page.close();
  });

  it('a registry links the matter typed by its serial (审YYYY-NNNN), not by an internal id', async () => {
    const serial = (session.app.core.db.prepare('SELECT serial FROM matters WHERE id = ?').get(matterId) as { serial: string }).serial;
    const page = await session.pageAs(undefined, { viewport: LAPTOP });
    await page.goto(session.url('#/registry/normative'));
    await page.getByRole('button', { name: '登记文件' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('登记编号').fill('XZGF-2026-009');
    await dialog.getByLabel('文件名称').fill('某镇村级工程项目管理办法');
    await dialog.getByLabel('制定机关').fill('某镇人民政府');
    await dialog.getByLabel('发文字号').fill('某政发〔2026〕9号');
    await dialog.getByLabel('关联审查事项（输入编号或标题）').fill(serial);
    // antd draws the visible list apart from its hidden a11y options: click the one people see.
    await page.locator('.ant-select-item-option', { hasText: serial }).click();
    await dialog.getByRole('button', { name: '确 定' }).click();
    await page.getByRole('cell', { name: 'XZGF-2026-009' }).waitFor();
    const stored = session.app.core.db.prepare('SELECT matter_id FROM normative_registry WHERE registration_no = ?').get('XZGF-2026-009');
    expect(stored).toEqual({ matter_id: matterId });
    await page.close();
  });

  it('the opinion editor opens beside the document with 保存 inside the window', async () => {
    const page = await session.pageAs(undefined, { viewport: LAPTOP });
    await openReview(page, session.app.server.url, matterId);
    await page.locator('[data-item]').first().click();
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    const editor = opinionEditor(page);
    await editor.waitFor();
    const save = editor.getByRole('button', { name: /保\s*存/ });
    const box = await save.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(LAPTOP.height);
    expect(box!.x + box!.width).toBeLessThanOrEqual(LAPTOP.width);
    // The document stays readable beside the panel.
    const [docBox, editorBox] = [await reviewDocument(page).boundingBox(), await editor.boundingBox()];
    expect(editorBox!.x).toBeGreaterThanOrEqual(docBox!.x + docBox!.width - 1);
    await page.screenshot({ path: screenshotPath('laptop-opinion-editor-1280x720') });
    await page.close();
    expect(session.errors).toEqual([]);
  });

  it('six files uploaded at once leave the newest 3 results on screen, the rest one click away (they piled up down the window)', async () => {
    const page = await session.pageAs(undefined, { viewport: LAPTOP });
    const tab = new DocumentsTab(page);
    await tab.open(session.app.server.url, uploadMatterId);
    await tab.waitForCount(0);
    const files = Array.from({ length: 6 }, (_, i) => ({
      name: `附件${i + 1}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`第${i + 1}号附件：村民代表会议记录，共${i + 1}页。`, 'utf8'),
    }));
    await tab.upload(files);
    await tab.waitForCount(6);
    const results = page.getByRole('log', { name: '导入结果' }).getByRole('alert');
    await page.getByRole('button', { name: '还有 3 条导入结果' }).waitFor();
    expect(await results.count()).toBe(3);
    expect(await results.first().textContent()).toContain('附件6.txt');
    await page.screenshot({ path: screenshotPath('laptop-upload-results-1280x720') });
    await page.getByRole('button', { name: '还有 3 条导入结果' }).click();
    await expect.poll(() => results.count()).toBe(6);
    await page.getByRole('button', { name: '清除导入结果' }).click();
    await expect.poll(() => results.count()).toBe(0);
    await page.close();
    expect(session.errors).toEqual([]);
  });
});
