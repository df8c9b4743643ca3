import type { Page } from 'playwright-core';
import { chooseByLabel } from './antd.js';

/** The 登记事项 form (#/matters/new): fields by their labels; Ctrl+Enter registers, plain Enter only moves on. */
export class RegistrationForm {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}#/matters/new`);
    await this.page.getByLabel('标题').waitFor();
  }

  /** Fills what is given; `type` is picked from the type list by its name. */
  async fill(fields: { title?: string; type?: string; unit?: string; township?: string }): Promise<void> {
    if (fields.title !== undefined) await this.page.getByLabel('标题').fill(fields.title);
    if (fields.type !== undefined) await chooseByLabel(this.page, '事项类型', fields.type);
    if (fields.unit !== undefined) await this.page.getByLabel('送审单位').fill(fields.unit);
    if (fields.township !== undefined) await this.page.getByLabel('乡镇（街道）').fill(fields.township);
  }

  /** Registers from the keyboard (Ctrl+Enter in `from`) and waits for the matter list the form returns to. */
  async submitByKeyboard(from = '送审单位'): Promise<void> {
    await this.page.getByLabel(from).press('Control+Enter');
    await this.page.waitForURL(/#\/matters$/);
  }

  /** The 登 记 button (antd spaces two-character labels). */
  submitButton() {
    return this.page.getByRole('button', { name: '登 记' });
  }
}
