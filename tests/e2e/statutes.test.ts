import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { importStatutes } from '../../main/core/statutes/import-service.js';
import { readShippedSnapshot } from '../../main/core/statutes/snapshot-file.js';
import { defaultResourcesDir } from '../../main/core/checklists/resources-dir.js';
import { approvedMatter } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';

/** 法规库 in the browser: first-use build with progress, search, reading, versions and diff, alerts. */
describe('statute library in the browser', () => {
  const session = useE2eSession({ page: { viewport: { width: 1400, height: 900 } } });
  let page: Page;
  let errors: string[];
  const temp = session.tempDir('statutes-e2e-');

  beforeAll(async () => {
    page = await session.pageAs();
    errors = session.errorsOf(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url() });
    await page.goto(session.url('#/statutes'));
    // First use: the store is built in a worker while the page shows progress (no time limit here:
    // on a busy machine it takes up to a minute).
    await page.getByPlaceholder(/输入法规名称或条文中的文字/).waitFor({ timeout: 0 });
  });

  it('finds laws by name and articles by a one-character word', async () => {
    const box = page.getByPlaceholder(/输入法规名称或条文中的文字/);
    await box.fill('妇女权益');
    await box.press('Enter');
    await page.getByRole('link', { name: '中华人民共和国妇女权益保障法', exact: true }).waitFor();
    await box.fill('罚');
    await box.press('Enter');
    await page.getByText(/^条文（100）/).waitFor();
    expect(await page.locator('mark').first().textContent()).toBe('罚');
    await page.screenshot({ path: screenshotPath('statutes-search'), fullPage: false });
  });

  it('reads a law by chapter, jumps to an article, copies its citation and shows what changed between versions', async () => {
    const box = page.getByPlaceholder(/输入法规名称或条文中的文字/);
    await box.fill('妇女权益保障法');
    await box.press('Enter');
    await page.getByRole('link', { name: '中华人民共和国妇女权益保障法', exact: true }).click();
    await page.getByRole('heading', { name: '中华人民共和国妇女权益保障法' }).waitFor();
    await page.getByText('第一章 总 则').first().waitFor();
    await page.getByLabel('跳到第几条').fill('五十五');
    await page.getByRole('button', { name: /^跳\s*转$/ }).click();
    const article = page.getByRole('article', { name: '第五十五条' });
    await expect.poll(() => article.getAttribute('class')).toContain('is-target');
    expect(await article.textContent()).toContain('享有与男子平等的权利');
    await article.getByRole('button', { name: '复制引用' }).click();
    await page.getByText(/《中华人民共和国妇女权益保障法》第五十五条/).first().waitFor();
    await article.getByRole('button', { name: '版本与修改' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('与上一版本相比：').waitFor();
    expect(await drawer.locator('ins.statute-added').count()).toBeGreaterThan(0);
    expect(await drawer.locator('del.statute-removed').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('statutes-article-history'), fullPage: false });
    await drawer.getByRole('button', { name: /close|关闭/i }).click();
  });

  it('after importing a changed snapshot the opinion shows its cited version amended, the home page counts the alerts and the alerts tab shows the diff', async () => {
    // A newer snapshot made here: 民法典 合同编 with 第七百零五条 changed.
    const civil = readShippedSnapshot(defaultResourcesDir()).entries.find((e) => e.file === '民法典/合同编.md')!;
    const dir = join(temp, 'newer');
    mkdirSync(join(dir, '民法典'), { recursive: true });
    const db = new Database(join(dir, 'db.sqlite3'));
    db.exec(`CREATE TABLE category (id TEXT PRIMARY KEY, name TEXT, folder TEXT, isSubFolder INTEGER, "group" TEXT, "order" INTEGER);
             CREATE TABLE law (id TEXT PRIMARY KEY, level TEXT, name TEXT, filename TEXT, publish DATE, expired INTEGER, "order" INTEGER,
               subtitle TEXT, valid_from DATE, ver INTEGER, tags TEXT, category_id TEXT);
             INSERT INTO category VALUES ('c', '民法典', '民法典', 0, NULL, 1);
             INSERT INTO law VALUES ('l', '法律', '民法典 合同编', '合同编', '2026-06-01', 0, 1, NULL, NULL, 1, NULL, 'c');`);
    db.close();
    writeFileSync(join(dir, '民法典', '合同编(2026-06-01).md'), civil.markdown.replace(/^第七百零五条 .*$/m, '第七百零五条 租赁期限不得超过十五年。超过十五年的，超过部分无效。'));
    // An opinion citing 第七百零五条 before the import: it shows the version it cited, in force.
    const { matter } = await approvedMatter(session.app.core);
    await page.goto(session.url(`#/matters/${matter.id}/review`));
    await page.getByRole('tab', { name: /审查意见/ }).click();
    const cited = page.getByTestId('cited-versions').first();
    await cited.getByText('2021-01-01版 · 现行').waitFor();
    const result = importStatutes(session.app.core, 'e2e', dir);
    expect(result.alerts).toBeGreaterThan(0);
    // After it, the same opinion says the version is amended and the cited text changed.
    await page.reload();
    await page.getByRole('tab', { name: /审查意见/ }).click();
    await cited.getByText('2021-01-01版 · 已修改').waitFor();
    await cited.getByText('条文已变').waitFor();
    await page.screenshot({ path: screenshotPath('statutes-cited-version'), fullPage: false });
    await page.goto(session.url('#/'));
    await page.getByText(`${result.alerts} 处引用的法规条文已变化，需要查看`).waitFor();
    await page.getByRole('link', { name: '查看变更' }).click();
    await page.getByRole('tab', { name: '变更提醒', selected: true }).waitFor();
    // Newest first: the opinion-less archive has checklist items and library entries (civil-705 among them).
    await page.getByRole('row').filter({ hasText: '第七百零五条' }).first().getByRole('button', { name: /^对\s*比$/ }).click();
    await page.getByRole('dialog').locator('del.statute-removed').first().waitFor();
    await page.screenshot({ path: screenshotPath('statutes-alerts'), fullPage: false });
    expect(errors).toEqual([]);
  });
});
