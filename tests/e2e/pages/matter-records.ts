import type { Locator, Page } from 'playwright-core';

/*
 * A matter's record bar (issue 20): 更正登记信息 and 作废, each a dialog with a required reason, and the
 * 更正记录 table of the 概况 tab (who, when, old → new, why).
 */

/** The 更正登记信息 dialog: opened from the matter page, fields by their labels. */
export class EditMatterDialog {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /更正登记信息/ });
  }

  /** Opens the dialog and waits until its form holds the matter's values (`unit`: the 送审单位 shown now). */
  async open(unit: string): Promise<void> {
    await this.page.getByTestId('edit-matter').click();
    const field = this.dialog().getByLabel('送审单位');
    await field.waitFor();
    await this.page.waitForFunction(([el, v]) => (el as unknown as { value: string }).value === v, [await field.elementHandle(), unit] as const);
  }

  field(label: string): Locator {
    return this.dialog().getByLabel(label, { exact: true });
  }

  /** The dialog's OK (antd spaces two-character labels: 确 定). */
  async submit(): Promise<void> {
    await this.dialog().getByRole('button', { name: /确\s*定/ }).click();
  }
}

/** The 作废 dialog: a reason, then 确认作废. */
export class VoidMatterDialog {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^作废/ });
  }

  async voidWith(reason: string): Promise<void> {
    await this.page.getByTestId('void-matter').click();
    await this.dialog().getByLabel('作废原因').fill(reason);
    await this.dialog().getByRole('button', { name: '确认作废' }).click();
    await this.dialog().waitFor({ state: 'hidden' });
  }
}

/** The rows of 更正记录 on the 概况 tab (the empty-table row has no cells with text of a correction). */
export const correctionRows = (page: Page): Locator => page.getByTestId('correction-history').locator('tbody tr.ant-table-row');
