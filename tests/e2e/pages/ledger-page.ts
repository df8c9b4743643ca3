import type { Page } from 'playwright-core';

/** 审查台账 (#/ledger): the count line and the filters above the table. */
export class LedgerPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/ledger`);
  }

  /** 「共 n 件 · 用时 …」 above the table. */
  count() {
    return this.page.getByTestId('ledger-count');
  }

  /** Waits until the count says 共 n 件. */
  async waitForCount(n: number): Promise<void> {
    await this.count().filter({ hasText: `共 ${n} 件` }).waitFor();
  }

  /** Adds one type to the 事项类型 filter (a multiple select: Escape closes it). */
  async filterByType(typeName: string): Promise<void> {
    await this.page.getByRole('combobox', { name: '事项类型' }).click();
    await this.page.locator('.ant-select-item-option').filter({ hasText: typeName }).click();
    await this.page.keyboard.press('Escape');
  }

  /** Types a township into its filter and takes it with Enter. */
  async filterByTownship(township: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: '乡镇（街道）' });
    await box.click();
    await box.fill(township);
    await this.page.keyboard.press('Enter');
  }

  /** The free-text filter over title, unit and serial, applied with Enter. */
  async filterByText(text: string): Promise<void> {
    const box = this.page.getByLabel('按标题、送审单位或编号筛选');
    await box.fill(text);
    await box.press('Enter');
  }
}
