import { describe, expect, it } from 'vitest';
import { callAs } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';

/** 设置 → 备份与恢复 and the home page's backup warning, in the browser. */

describe('backup and restore in the browser', () => {
  const session = useE2eSession({ page: { viewport: { width: 1400, height: 1100 }, timeout: 60_000 } });

  it('warns of a missed backup at home, backs up to a chosen folder, lists it and restores it at once', async () => {
    const { app } = session;
    const usb = session.tempDir('review-desk-usb-');
    await callAs(app.core, '王审查', 'matters.create', { type: 'contract', title: '某村房屋租赁合同', submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' });
    app.core.db.exec("UPDATE matters SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-3 days')");
    const page = await session.pageAs();
    await page.goto(session.url('#/'));
    await page.getByText('档案已超过一天没有成功备份。').waitFor();
    await page.screenshot({ path: screenshotPath('backup-home-overdue') });
    await page.getByRole('link', { name: '去备份设置' }).click();

    const card = page.locator('#backup');
    await card.getByText('备份与恢复').waitFor();
    await card.getByLabel('备份文件夹').fill(usb);
    await card.getByRole('button', { name: '保存备份设置' }).click();
    await page.getByText('已保存备份设置').waitFor();
    await card.getByRole('button', { name: '立即备份' }).click();
    await page.getByText(/备份完成并已校验：review-desk-manual-/).waitFor();
    const row = card.locator('tbody tr').filter({ hasText: '手动' });
    await row.getByText('事项 1 件 · 文档 0 份 · 意见书 0 份').waitFor();
    await card.getByText(/最近一次成功备份：/).waitFor();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('backup-settings'), fullPage: true });

    await row.getByRole('button', { name: '恢 复' }).or(row.getByRole('button', { name: '恢复' })).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/审查事项 1 件，文档 0 份，意见书 0 份，最近一份意见书 无/).waitFor();
    await page.screenshot({ path: screenshotPath('backup-restore-confirm') });
    await dialog.getByRole('button', { name: '校验并恢复' }).click();
    await page.getByText('已从备份恢复，原档案已另存到数据文件夹的 backups 中。页面即将刷新。').waitFor();
    // The page reloads itself on the restored archive; nothing is left waiting for a restart.
    await page.waitForEvent('load');
    await page.goto(session.url('#/matters'));
    await page.getByText('某村房屋租赁合同').first().waitFor();
    await page.goto(session.url('#/'));
    await page.getByRole('link', { name: '去备份设置' }).or(page.getByText('审查事项').first()).first().waitFor();
    expect(await page.getByText('将在程序下次启动时完成').count()).toBe(0);
    expect(session.errorsOf(page)).toEqual([]);
  });
});
