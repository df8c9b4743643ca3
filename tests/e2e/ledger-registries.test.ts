import { describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';

/** The two registries in the browser: 规范性文件登记 and 重大行政决策目录. */

const session = useE2eSession({ page: { viewport: { width: 1500, height: 950 }, timeout: 60_000 } });

async function newPage() {
  const page = await session.pageAs();
  return { page, errors: session.errorsOf(page) };
}

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('registries', () => {
  it('registers normative documents and lists the ones expiring soon', async () => {
    const { page, errors } = await newPage();
    await page.goto(session.url('#/registry/normative'));
    await page.getByRole('button', { name: '登记文件' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('登记编号').fill('XZGF-2024-001');
    await dialog.getByLabel('文件名称').fill('某县农村集体资产管理办法');
    await dialog.getByLabel('制定机关').fill('某县人民政府');
    await dialog.getByLabel('发文字号').fill('某政发〔2024〕3号');
    await dialog.getByLabel('有效期至').fill(isoIn(60));
    await dialog.getByLabel('有效期至').press('Enter');
    await dialog.getByRole('button', { name: '确 定' }).click();
    await page.getByRole('cell', { name: 'XZGF-2024-001' }).waitFor();
    await page.getByText('即将到期', { exact: true }).last().waitFor();
    // The 清理 list: only the expiring one shows under 即将到期.
    await page.locator('.ant-segmented-item').filter({ hasText: '已失效' }).click();
    await page.getByText('尚无登记的规范性文件。').waitFor();
    await page.locator('.ant-segmented-item').filter({ hasText: '即将到期' }).click();
    await page.getByRole('cell', { name: 'XZGF-2024-001' }).waitFor();
    const stored = session.app.core.db.prepare('SELECT registration_no, document_no, valid_until FROM normative_registry').all();
    expect(stored).toEqual([{ registration_no: 'XZGF-2024-001', document_no: '某政发〔2024〕3号', valid_until: isoIn(60) }]);
    await page.screenshot({ path: screenshotPath('ledger-06-normative-registry'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('keeps the decision catalogue with its procedure steps and what is missing', async () => {
    const { page, errors } = await newPage();
    await page.goto(session.url('#/registry/decisions'));
    await page.getByRole('button', { name: '新增决策事项' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('决策事项').fill('城区老旧小区改造实施方案');
    await dialog.getByLabel('承办单位').fill('县住建局');
    await dialog.getByRole('button', { name: '确 定' }).click();
    const row = page.getByRole('row', { name: /城区老旧小区改造实施方案/ });
    await row.waitFor();
    await row.getByText('公众参与、专家论证、风险评估、合法性审查').waitFor();
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    await page.getByLabel('合法性审查 履行日期').fill(isoIn(-3));
    await page.getByLabel('合法性审查 履行日期').press('Enter');
    await page.getByLabel('专家论证 不适用理由').fill('不属于专业性、技术性较强的事项');
    const saves = page.getByRole('button', { name: '保 存' });
    await saves.nth(3).click();
    await row.getByText('公众参与、专家论证、风险评估').waitFor();
    await saves.nth(1).click();
    await row.getByText('公众参与、风险评估', { exact: true }).waitFor();
    const steps = session.app.core.db.prepare('SELECT step, done_on, not_applicable FROM decision_steps ORDER BY step').all();
    expect(steps).toEqual([
      { step: 'expert-review', done_on: null, not_applicable: '不属于专业性、技术性较强的事项' },
      { step: 'legality-review', done_on: isoIn(-3), not_applicable: null },
    ]);
    await page.screenshot({ path: screenshotPath('ledger-07-decision-catalogue'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
