import type { Locator, Page } from 'playwright-core';
import { pickUntilShown, selectBoxOf } from './antd.js';

/** The 反馈 card of a matter's 流程 tab: the unit's reply and, per opinion row, 采纳情况 with its reason. */
export class FeedbackPanel {
  constructor(readonly page: Page) {}

  /** Opens the 流程 tab and waits until the opinion rows (the form's data) have arrived. */
  async open(baseUrl: string, matterId: number): Promise<void> {
    await this.page.goto(`${baseUrl}#/matters/${matterId}/workflow`);
    await this.rowLabels().first().waitFor();
  }

  /** Each opinion row's label as shown: the letter's number, then the opinion. */
  rowLabels(): Locator {
    return this.page.getByTestId('feedback-row-label');
  }

  /**
   * Picks 采纳 / 部分采纳 / 未采纳 on the row named `label` (e.g. （二）1), by the option's exact title (采纳 is
   * part of the other two, so antd.chooseOption's text match cannot tell them apart), and checks the pick took.
   */
  async adopt(label: string, adoption: string): Promise<void> {
    const field = this.page.getByRole('combobox', { name: `采纳情况 ${label}`, exact: true });
    // The select's outer box shows the pick, and only it.
    const shown = selectBoxOf(field).filter({ hasText: new RegExp(`^\\s*${adoption}\\s*$`) });
    await pickUntilShown(this.page, field, async () => {
      // The list of this select (another row's may still be closing): the dropdown holding its listbox.
      const listId = await field.getAttribute('aria-controls');
      const dropdown = this.page.locator('.ant-select-dropdown').filter({ has: this.page.locator(`[id="${listId}"]`) });
      await dropdown.locator(`.ant-select-item-option[title="${adoption}"]`).click();
    }, shown);
  }

  reason(label: string): Locator {
    return this.page.getByRole('textbox', { name: `理由（部分采纳、未采纳须填写） ${label}`, exact: true });
  }

  /** The form item around a row's reason box, where its error shows. */
  reasonItem(label: string): Locator {
    return this.page.locator('.ant-form-item').filter({ has: this.reason(label) });
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: '登记反馈' }).click();
  }
}
