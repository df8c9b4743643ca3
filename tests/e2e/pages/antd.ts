import type { Locator, Page } from 'playwright-core';

/*
 * The few antd widgets every screen uses, as a person works them: a select opened by its label and an
 * option picked by its text; the OK button of a confirmation (antd spaces two-character labels: 确 定).
 */

/** The select's outer box, which shows what is chosen. */
export const selectBoxOf = (field: Locator) => field.locator('xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');

/**
 * Opens the select `field`, clicks an option with `clickOption`, and waits until `shown` (the box showing the
 * pick) appears, as a person looks. The list scrolls to the current value just after it opens; a click that
 * landed while it scrolled picks whatever moved under the pointer (a CI run registered a batch as the default
 * type this way), so a pick that did not take is made again (three tries).
 */
export async function pickUntilShown(page: Page, field: Locator, clickOption: () => Promise<void>, shown: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await field.click();
    await clickOption();
    try {
      await shown.waitFor({ timeout: 2000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Picks the option whose text contains `option` in the select `field` (see pickUntilShown). */
export async function chooseOption(page: Page, field: Locator, option: string, { exact = false } = {}): Promise<void> {
  // exact: the option whose whole text is `option` (采纳 is part of 部分采纳; 撤回 of other statuses).
  const item = exact ? page.locator(`.ant-select-item-option[title="${option}"]`) : page.locator('.ant-select-item-option', { hasText: option });
  await pickUntilShown(page, field, () => item.click(), selectBoxOf(field).filter({ hasText: option }));
}

/** Picks `option` in the select labelled `label` on the page. */
export const chooseByLabel = (page: Page, label: string, option: string): Promise<void> => chooseOption(page, page.getByLabel(label), option);

/** The OK button of antd's confirm (Chinese or English). */
export const confirmButton = (page: Page) => page.getByRole('button', { name: /确\s*定|OK/ });
