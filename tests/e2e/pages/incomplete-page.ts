import type { Locator, Page } from 'playwright-core';

/** 待补录事项 (#/matters/incomplete): the list, its selection boxes and the bulk edit above it. */
export class IncompletePage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/matters/incomplete`);
  }

  /** The row of the matter titled `title`. */
  row(title: string): Locator {
    return this.page.getByRole('row').filter({ hasText: title });
  }

  /** Ticks a matter's box (each box is named after its row: 选择“title”). */
  async select(title: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: `选择“${title}”` }).check();
  }

  /** The 批量补录 card shown once something is selected. */
  bulkEdit(): Locator {
    return this.page.getByTestId('bulk-edit');
  }

  /** Fills the bulk edit's 送审单位 and reason and applies it to the selection. */
  async setUnit(unit: string, reason: string): Promise<void> {
    const card = this.bulkEdit();
    await card.getByLabel('送审单位').fill(unit);
    await card.getByLabel('更正原因').fill(reason);
    await card.getByRole('button', { name: '应用到所选事项' }).click();
  }
}
