import type { Locator, Page } from 'playwright-core';

/** 节假日安排 (#/settings/holidays): paste the State Council notice, check the calendar, save. */
export class HolidaysPage {
  constructor(readonly page: Page) {}

  /** Opens the page and waits for the list of years (the form does not depend on it). */
  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/settings/holidays`);
    await this.page.getByRole('button', { name: /解\s*析/ }).waitFor();
  }

  /** The tag of one year in 各年份数据 (软件自带 / 本单位添加 / 无数据). */
  year(year: number): Locator {
    return this.page.getByTestId(`holiday-year-${year}`);
  }

  /** Pastes the notice and asks for the calendar; waits until it is shown. */
  async parse(text: string): Promise<void> {
    await this.page.getByPlaceholder(/国务院办公厅关于20XX年/).fill(text);
    await this.page.getByRole('button', { name: /解\s*析/ }).click();
    await this.preview().waitFor();
  }

  /** The 「{year}年日历（请核对）」 card. */
  preview(): Locator {
    return this.page.getByTestId('holiday-preview');
  }

  /** One day of the calendar; its data-kind says holiday, adjusted-workday, weekend or workday. */
  day(iso: string): Locator {
    return this.preview().locator(`[data-date="${iso}"]`);
  }

  async save(): Promise<void> {
    await this.preview().getByRole('button', { name: '确认无误，保存' }).click();
    await this.preview().waitFor({ state: 'hidden' });
  }
}
