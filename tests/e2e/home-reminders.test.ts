import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callAs } from '../support/approved-matter.js';
import { useE2eSession } from '../support/e2e-session.js';
import { downloadByButton } from './pages/downloads.js';
import { appShown, expectSameMarkup, holdApp, liteShown } from './pages/lite-screen.js';

/*
 * Issue 17: an office with a backlog has thousands of reminders (20,000 matters gave 7,782); the home page
 * drew every one of them, which took seconds and 55,000 elements before the first screen was usable. It
 * shows ten a page, and every reminder stays reachable through the pages.
 */

const OVERDUE = 23;

/**
 * React's developer-tools hook, installed before the app loads: React reports every commit (every time it
 * rendered something) to it. Counts them in window.__commits.
 */
const COUNT_COMMITS = `window.__commits = 0;
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true, isDisabled: false, renderers: new Map(),
  inject() { return 1; }, checkDCE() {}, onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
  onCommitFiberRoot() { window.__commits += 1; },
};`;

/** How many times React rendered during the next `frames` animation frames (nothing on the page touched). */
function commitsOver(page: Page, frames: number): Promise<number> {
  return page.evaluate(async (n) => {
    const w = globalThis as unknown as { __commits: number; requestAnimationFrame(f: () => void): number };
    const before = w.__commits;
    for (let i = 0; i < n; i++) await new Promise<void>((done) => w.requestAnimationFrame(() => done()));
    return w.__commits - before;
  }, frames);
}

describe('the home page of an office with many reminders', () => {
  const session = useE2eSession(async (app) => {
    for (let i = 1; i <= OVERDUE; i++) {
      await callAs(app.core, 'e2e', 'matters.create', { type: 'contract', title: `逾期合同${i}号`, submittingUnit: '镇政府', receivedOn: '2026-01-05', dueOn: '2026-01-20' });
    }
  });

  it('lists ten reminders a page, the rest on the following pages', async () => {
    // The light first screen (renderer/src/lite/) draws the first page and antd's pager exactly as the app does.
    const light = await session.pageAs();
    const held = await holdApp(light);
    await light.goto(session.url('#/'));
    await light.getByTestId('reminders-card').locator('.ant-pagination-item-3').waitFor();
    expect(await liteShown(light)).toBe(true);
    const page = await session.pageAs();
    await page.goto(session.url('#/'));
    await appShown(page);
    await expectSameMarkup(light, page);
    // The light screen turns the page itself, as the app does; the app, once loaded, stays on that page.
    for (const p of [light, page]) {
      await p.getByTestId('reminders-card').locator('.ant-pagination-item-2').click();
      await p.getByTestId('reminders-card').locator('.ant-pagination-item-2.ant-pagination-item-active').waitFor();
    }
    await expectSameMarkup(light, page);
    // A key on a button only antd's answers (修改密码, a dialog) is held until the app has taken over, then pressed there.
    await light.getByRole('button', { name: '修改密码' }).focus();
    await light.keyboard.press('Enter');
    held.release();
    await appShown(light);
    await light.getByRole('dialog').waitFor();
    await light.getByTestId('reminders-card').locator('.ant-pagination-item-2.ant-pagination-item-active').waitFor();
    await light.close();
    await page.getByTestId('reminders-card').locator('.ant-pagination-item-1').click();
    const card = page.getByTestId('reminders-card');
    const items = card.locator('.ant-list-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(10);
    const seen = new Set(await items.allTextContents());
    for (const n of [2, 3]) {
      await card.locator(`.ant-pagination-item-${n}`).click();
      await card.locator(`.ant-pagination-item-${n}.ant-pagination-item-active`).waitFor();
      for (const text of await items.allTextContents()) seen.add(text);
    }
    expect(await items.count()).toBe(OVERDUE - 20);
    expect([...seen].filter((text) => text.includes('逾期合同')).length).toBe(OVERDUE);
    await page.close();
    expect(session.errors).toEqual([]);
  });

  // Issue 17: antd closed a notice with a timer that set state on every animation frame, so while a notice
  // was up (3–8 s) React rendered ~60 times a second and the screen opened or filtered meanwhile was slowed
  // down several times over. Notices now close by a plain timer (renderer/src/notices/).
  it('shows notices that close on their own without rendering the screen every frame', async () => {
    const page = await session.pageAs();
    await page.addInitScript(COUNT_COMMITS);
    await page.goto(session.url('#/'));
    // The start-up notice (a notification, 8 s) over the home page.
    await page.getByTestId('reminders-card').locator('.ant-list-item').first().waitFor();
    const notice = page.locator('.ant-notification-notice').filter({ hasText: '逾期' });
    await notice.waitFor();
    await commitsOver(page, 10); // its opening animation
    expect(await commitsOver(page, 30)).toBeLessThan(10);
    // A message (3 s): the ledger's export says what it wrote.
    await page.getByRole('menuitem', { name: '审查台账' }).click();
    await page.getByTestId('ledger-count').filter({ hasText: `共 ${OVERDUE} 件` }).waitFor();
    await downloadByButton(page, '导出 CSV');
    const message = page.locator('.ant-message-notice').filter({ hasText: `已导出 ${OVERDUE} 行` });
    await message.waitFor();
    await commitsOver(page, 10);
    expect(await commitsOver(page, 30)).toBeLessThan(10);
    // …and it still closes by itself.
    await message.waitFor({ state: 'detached' });
    await page.close();
    expect(session.errors).toEqual([]);
  });
});

