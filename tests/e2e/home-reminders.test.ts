import { describe, expect, it } from 'vitest';
import { callAs } from '../support/approved-matter.js';
import { useE2eSession } from '../support/e2e-session.js';

/*
 * Issue 17: an office with a backlog has thousands of reminders (20,000 matters gave 7,782); the home page
 * drew every one of them, which took seconds and 55,000 elements before the first screen was usable. It
 * shows ten a page, and every reminder stays reachable through the pages.
 */

const OVERDUE = 23;

describe('the home page of an office with many reminders', () => {
  const session = useE2eSession(async (app) => {
    for (let i = 1; i <= OVERDUE; i++) {
      await callAs(app.core, 'e2e', 'matters.create', { type: 'contract', title: `逾期合同${i}号`, submittingUnit: '镇政府', receivedOn: '2026-01-05', dueOn: '2026-01-20' });
    }
  });

  it('lists ten reminders a page, the rest on the following pages', async () => {
    const page = await session.pageAs();
    await page.goto(session.url('#/'));
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
});
