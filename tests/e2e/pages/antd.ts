import type { Locator, Page } from 'playwright-core';

/*
 * The few antd widgets every screen uses, as a person works them: a select opened by its label and an
 * option picked by its text; the OK button of a confirmation (antd spaces two-character labels: 确 定).
 */

/** Opens the select `field` and picks the option whose text contains `option`. */
export async function chooseOption(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.locator('.ant-select-item-option', { hasText: option }).click();
}

/** Picks `option` in the select labelled `label` on the page. */
export const chooseByLabel = (page: Page, label: string, option: string): Promise<void> => chooseOption(page, page.getByLabel(label), option);

/** The OK button of antd's confirm (Chinese or English). */
export const confirmButton = (page: Page) => page.getByRole('button', { name: /确\s*定|OK/ });
