import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { COVER_FILE } from '../../main/core/casefile/casefile-export.js';
import { defaultOfficeSettings } from '../../shared/domain/letter.js';
import { approvedMatter, callAs } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { chooseOption, confirmButton } from './pages/antd.js';
import { downloadByButton } from './pages/downloads.js';

/*
 * The case file (卷宗) tab and batch work in the matter list, in Chromium against the real server:
 * the cover and 卷内目录 of a closed case, 导出案卷 as a ZIP, 归档 locking the case, the materials check
 * issuing a 退回补正通知, and batch status moves and letter export from the list.
 */

let closedId: number;
const session = useE2eSession({
  page: { viewport: { width: 1400, height: 1000 } },
  seed: async (app) => {
    await callAs(app.core, '李所长', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
    const { matter } = await approvedMatter(app.core, '东风村房屋租赁合同');
    closedId = matter.id;
    await callAs(app.core, '王审查', 'documents.import', {
      matterId: matter.id,
      fileName: '关于审查房屋租赁合同的送审函.docx',
      role: 'attachment',
      content: readFileSync(join(import.meta.dirname, '..', 'fixtures', 'docx', 'zh-notice-gov-office-01.docx')),
    });
    await callAs(app.core, '李所长', 'letters.issue', { matterId: matter.id, kind: 'legality-opinion', issueDate: '2026-03-10' });
    await callAs(app.core, '王审查', 'workflow.move', { matterId: matter.id, to: 'closed' });
  },
});
/** One page for the whole file, as a person keeps one window open. */
let page: Page;
beforeAll(async () => {
  page = await session.pageAs();
});

/** The ZIP a button downloads, unpacked. */
const download = async (buttonName: string): Promise<Record<string, Uint8Array>> => unzipSync((await downloadByButton(page, buttonName)).bytes);

describe('the case file in the browser', () => {
  it('shows the cover and 卷内目录 in filing order, exports the ZIP, and archives the case', async () => {
    await page.goto(session.url(`#/matters/${closedId}/casefile`));
    await page.getByText('案卷封面').waitFor();
    const view = await callAs(session.app.core, '王审查', 'casefile.get', { matterId: closedId });
    const rows = page.locator('.ant-card', { hasText: '卷内目录' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(view.entries.length);
    expect(await rows.first().textContent()).toContain('送审函');
    await page.screenshot({ path: screenshotPath('casefile-before-archive'), fullPage: true });

    const files = await download('导出案卷（ZIP）');
    expect(Object.keys(files).sort()).toEqual([COVER_FILE, ...view.entries.map((e) => e.fileName)].sort());

    await page.getByRole('button', { name: /归\s*档/ }).click();
    await confirmButton(page).click();
    const locked = page.getByText(/已于 .* 归档（归档号：\d{4}-合审-\d{4}）/);
    await locked.waitFor();
    expect(await page.getByRole('button', { name: /归\s*档/ }).count()).toBe(0);
    const archived = await callAs(session.app.core, '王审查', 'casefile.get', { matterId: closedId });
    expect(await locked.textContent()).toContain(archived.cover.archiveNo!);
    await page.screenshot({ path: screenshotPath('casefile-archived'), fullPage: true });
  });

  it('marks materials missing and issues the 退回补正通知 in one action', async () => {
    const matter = await callAs(session.app.core, '王审查', 'matters.create', { type: 'normative', title: '关于养老服务补贴的通知', submittingUnit: '镇民政办', receivedOn: '2026-03-02' });
    await page.goto(session.url(`#/matters/${matter.id}/casefile`));
    const card = page.getByTestId('materials-card');
    await card.waitFor();
    const row = (label: RegExp) => card.locator('tr', { hasText: label });
    for (const label of [/规范性文件送审稿/, /制定依据/, /征求意见情况/]) await row(label).getByText('已收到').click();
    await row(/起草说明/).getByText('缺少').click();
    await row(/公平竞争审查结论/).getByText('不适用').click();
    await card.getByRole('button', { name: '保存核对结果' }).click();
    await card.getByText(/缺少 1 项材料：起草说明/).waitFor();
    await card.getByRole('button', { name: /出具退回补正通知/ }).click();
    await confirmButton(page).click();
    await page.getByText(/已出具退回补正通知/).waitFor();
    const letters = await callAs(session.app.core, '王审查', 'letters.list', { matterId: matter.id });
    expect(letters.map((l) => l.kind)).toEqual(['return-notice']);
    expect((await callAs(session.app.core, '王审查', 'matters.get', { id: matter.id })).status).toBe('returned');
  });
});

describe('batch work in the matter list', () => {
  it('moves several selected matters with one reason and exports their letters as one ZIP', async () => {
    const a = await callAs(session.app.core, '王审查', 'matters.create', { type: 'contract', title: '批量甲合同', submittingUnit: '镇政府', receivedOn: '2026-03-02' });
    const b = await callAs(session.app.core, '王审查', 'matters.create', { type: 'contract', title: '批量乙合同', submittingUnit: '镇政府', receivedOn: '2026-03-02' });
    await page.goto(session.url('#/matters'));
    const rowOf = (title: string) => page.locator('tr', { hasText: title });
    await rowOf('批量甲合同').waitFor();
    await rowOf('批量甲合同').locator('input[type=checkbox]').check();
    await rowOf('批量乙合同').locator('input[type=checkbox]').check();
    await page.getByText('已选 2 件').waitFor();
    await page.getByRole('button', { name: '批量变更状态' }).click();
    const dialog = page.getByRole('dialog');
    await chooseOption(page, dialog.locator('.ant-select'), '撤回', { exact: true });
    await dialog.getByLabel(/原因/).fill('送审单位申请撤回');
    await dialog.getByRole('button', { name: '应用到 2 件' }).click();
    await page.getByText('已变更 2 件的状态').waitFor();
    for (const m of [a, b]) {
      const history = await callAs(session.app.core, '王审查', 'workflow.history', { matterId: m.id });
      expect(history.at(-1)).toMatchObject({ to: 'withdrawn', reason: '送审单位申请撤回' });
    }
    await page.screenshot({ path: screenshotPath('batch-moved'), fullPage: true });

    // Letters of the archived case and of the withdrawn ones: only the issued letter is in the ZIP.
    await rowOf('批量甲合同').locator('input[type=checkbox]').check();
    await rowOf('东风村房屋租赁合同').locator('input[type=checkbox]').check();
    const files = await download('导出文书（ZIP）');
    const names = Object.keys(files);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/郯司审〔\d{4}〕1号\.docx$/);
    expect(session.errorsOf(page)).toEqual([]);
  });
});
