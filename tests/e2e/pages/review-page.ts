import type { Page } from 'playwright-core';

/*
 * Page object of a matter's 审查 tab, shared by the e2e tests. Opening the tab only reads (issue 20):
 * a review that has not started shows 开始审查, which the reviewer clicks.
 */

/** The workspace is there once its 结论与签批 tab is (in either language). */
export const workspaceTab = (page: Page) => page.getByRole('tab', { name: /结论与签批|Conclusion & sign-off/ });

/** Opens the review tab and starts the review when it has not started yet (as a reviewer would). */
export async function openReview(page: Page, baseUrl: string, matterId: number): Promise<void> {
  await page.goto(`${baseUrl}#/matters/${matterId}/review`);
  const start = page.getByTestId('start-review');
  await start.or(workspaceTab(page)).first().waitFor();
  if (await start.isVisible()) {
    await start.click();
    await workspaceTab(page).waitFor();
  }
}
