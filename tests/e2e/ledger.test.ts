import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { computeStatistics } from '../../main/core/reports/statistics.js';
import { LEDGER_COLUMNS } from '../../main/core/reports/ledger-export.js';
import { MATTER_STATUS_ZH, MATTER_TYPE_ZH } from '../../shared/domain/labels-zh.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { type SeedMatter, seedDataset } from '../core/reports/seed-data.js';
import { downloadByButton } from './pages/downloads.js';
import { LedgerPage } from './pages/ledger-page.js';

/*
 * 20,000 matters seeded through the real services into the server's data folder; the ledger filters
 * them in the browser and exports XLSX, which must match the filtered view row for row.
 */

let seeds: SeedMatter[];
const timings: Record<string, number> = {};

const session = useE2eSession({
  // The machine may be shared and slow; 20,000 rows take a moment to arrive.
  page: { viewport: { width: 1600, height: 1000 }, timeout: 90_000 },
  seed: (app) => {
    const started = performance.now();
    seeds = app.core.db.transaction(() => [
      // A few hundred with review, opinions and feedback, the rest registered and moved through the flow.
      ...seedDataset(app.core, { count: 400, seed: 11, start: '2025-01-02', spanDays: 600 }),
      ...seedDataset(app.core, { count: 19_600, seed: 12, start: '2025-01-02', spanDays: 600, light: true }),
    ])();
    timings.seedMs = Math.round(performance.now() - started);
  },
});
afterAll(() => {
  console.log(`[ledger e2e] ${JSON.stringify(timings)}`);
});

async function newPage() {
  const page = await session.pageAs();
  return { page, errors: session.errorsOf(page) };
}

const byReceivedDesc = (a: SeedMatter, b: SeedMatter) => (a.receivedOn > b.receivedOn ? -1 : a.receivedOn < b.receivedOn ? 1 : b.id - a.id);

describe('queue, ledger and statistics in the browser', () => {
  it('opens on the reviewer’s queue with deadline tags', async () => {
    expect(seeds).toHaveLength(20_000);
    const { page, errors } = await newPage();
    await page.goto(session.url());
    await page.getByRole('heading', { name: '我的待办' }).waitFor({ timeout: 90_000 });
    // The queue opens on what is assigned to the signed-in account; the seeded matters are everyone's.
    await page.getByText('全部', { exact: true }).click();
    await page.locator('[data-deadline]').first().waitFor();
    const open = seeds.filter((s) => s.status !== 'closed' && s.status !== 'withdrawn').length;
    await page.getByText(`共 ${open} 件在办`).waitFor();
    expect(await page.locator('[data-deadline="overdue"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('ledger-01-queue') });
    expect(errors).toEqual([]);
  });

  it('shows 20,000 rows virtualized, filters them, and exports exactly the filtered view as XLSX', async () => {
    const { page, errors } = await newPage();
    const t0 = performance.now();
    const ledger = new LedgerPage(page);
    await ledger.open(session.url());
    const count = ledger.count();
    await ledger.waitForCount(20000);
    timings.ledgerFirstLoadMs = Math.round(performance.now() - t0);
    timings.ledgerServerQueryMs = Number(/用时 ([\d.]+) 毫秒/.exec((await count.textContent()) ?? '')![1]);
    // Virtualized: only the rows in view exist in the page.
    const rendered = await page.locator('.ant-table-row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(200);

    // Scrolling deep into the table stays responsive and renders the rows there.
    const holder = page.locator('.ant-table-tbody-virtual-holder');
    const s0 = performance.now();
    await holder.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    await page.waitForTimeout(50);
    timings.scrollMs = Math.round(performance.now() - s0);
    expect(await page.locator('.ant-table-row').count()).toBeLessThan(200);

    // Filters: type, township and the text filter.
    await ledger.filterByType(MATTER_TYPE_ZH['village.rules']);
    await ledger.filterByTownship('红花镇');
    const f0 = performance.now();
    await ledger.filterByText('土地承包');
    const expected = seeds
      .filter((s) => s.type === 'village.rules' && s.township === '红花镇' && (s.title.includes('土地承包') || s.unit.includes('土地承包') || s.serial.includes('土地承包')))
      .sort(byReceivedDesc);
    expect(expected.length).toBeGreaterThan(10);
    await ledger.waitForCount(expected.length);
    timings.filterMs = Math.round(performance.now() - f0);
    await holder.evaluate((el) => el.scrollTo(0, 0));
    await page.locator('.ant-table-row').first().waitFor();
    await page.waitForTimeout(300);
    const visibleSerials = await page.locator('.ant-table-row').evaluateAll((rows) =>
      rows.map((r) => (r.querySelectorAll('.ant-table-cell')[1] as HTMLElement | undefined)?.innerText ?? ''),
    );
    expect(visibleSerials.length).toBeGreaterThan(5);
    await page.screenshot({ path: screenshotPath('ledger-02-ledger') });

    const download = await downloadByButton(page, '导出 Excel');
    expect(download.name).toMatch(/^审查台账-\d{8}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(download.path);
    const sheet = workbook.getWorksheet('审查台账')!;
    const rows: (string | number)[][] = [];
    sheet.eachRow((row, n) => n > 2 && rows.push((row.values as (string | number)[]).slice(1)));
    expect(rows).toHaveLength(expected.length);
    rows.forEach((r, i) => {
      const s = expected[i]!;
      expect([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[LEDGER_COLUMNS.findIndex((c) => c.header === '状态')]]).toEqual([
        i + 1,
        s.serial,
        s.receivedOn,
        s.unit,
        s.township,
        s.title,
        MATTER_TYPE_ZH[s.type],
        s.reviewerName,
        MATTER_STATUS_ZH[s.status],
      ]);
    });
    // The rows the table shows are the first rows of the file, in the same order.
    expect(visibleSerials).toEqual(rows.slice(0, visibleSerials.length).map((r) => r[1]));
    expect(errors).toEqual([]);
  });

  it('shows the statistics with charts and the annual paragraph from the real figures', async () => {
    const { page, errors } = await newPage();
    await page.goto(session.url('#/stats'));
    const paragraph = page.getByTestId('annual-paragraph');
    await paragraph.waitFor();
    const year = new Date().getFullYear();
    const stats = computeStatistics(session.app.core.db, { from: `${year}-01-01`, to: `${year}-12-31` });
    expect(stats.total).toBeGreaterThan(1000);
    expect(await paragraph.textContent()).toContain(stats.paragraph);
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(5);
    await page.waitForTimeout(800); // let the chart animations settle for the screenshot
    await page.screenshot({ path: screenshotPath('ledger-03-stats'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('moves a matter on its workflow tab, with the reason dialog and the deadline rule', async () => {
    const { page, errors } = await newPage();
    const target = seeds.find((s) => s.status === 'in-review' && s.moves.some((m) => m.to === 'returned'))!;
    await page.goto(session.url(`#/matters/${target.id}/workflow`));
    await page.getByTestId('deadline-rule').filter({ hasText: '收件当日不计入' }).waitFor();
    await page.getByRole('button', { name: '改为“退回补正”' }).click();
    await page.getByRole('dialog').getByPlaceholder('请写明需要补正的材料').waitFor();
    await page.getByRole('button', { name: '确 定' }).click();
    await page.getByText('此项操作须填写原因').waitFor();
    await page.getByPlaceholder('请写明需要补正的材料').fill('缺少村民代表会议记录');
    await page.getByRole('button', { name: '确 定' }).click();
    await page.locator('.ant-timeline').getByText('缺少村民代表会议记录').waitFor();
    const row = session.app.core.db.prepare('SELECT status, due_on FROM matters WHERE id = ?').get(target.id) as { status: string; due_on: string | null };
    expect(row.status).toBe('returned');
    // Returned before its deadline: the clock stops; returned after it: the matter stays overdue.
    await page.locator(`[data-deadline="${row.due_on === null ? 'paused' : 'overdue'}"]`).first().waitFor();
    const last = session.app.core.db.prepare('SELECT to_status, reason, actor FROM status_changes WHERE matter_id = ? ORDER BY id DESC LIMIT 1').get(target.id);
    expect(last).toEqual({ to_status: 'returned', reason: '缺少村民代表会议记录', actor: 'e2e' });
    await page.screenshot({ path: screenshotPath('ledger-04-workflow'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('lets the office change a type’s limit and the rule, and states the new rule', async () => {
    const { page, errors } = await newPage();
    await page.goto(session.url('#/settings/deadlines'));
    const days = page.getByRole('spinbutton', { name: `${MATTER_TYPE_ZH['village.rules']} 工作日` });
    await days.fill('10');
    await page.getByText('重新计算全部期限').click();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByTestId('deadline-rule').filter({ hasText: '重新计算全部期限' }).waitFor();
    const saved = session.app.core.db.prepare("SELECT key, value FROM settings WHERE key LIKE 'workflow.%' ORDER BY key").all() as { key: string; value: string }[];
    expect(JSON.parse(saved.find((r) => r.key === 'workflow.limits')!.value)['village.rules'].workingDays).toBe(10);
    expect(JSON.parse(saved.find((r) => r.key === 'workflow.deadline')!.value).pauseMode).toBe('restart');
    await page.screenshot({ path: screenshotPath('ledger-05-deadline-settings'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
