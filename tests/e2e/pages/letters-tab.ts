import type { Page } from 'playwright-core';

/** A matter's 文书 tab: the preview, the issue button and its confirmation dialog. */
export class LettersTab {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, matterId: number): Promise<void> {
    await this.page.goto(`${baseUrl}#/matters/${matterId}/letters`);
  }

  preview() {
    return this.page.getByTestId('letter-preview');
  }

  issueButton(name = '出具意见书') {
    return this.page.getByRole('button', { name });
  }

  /** The confirmation that an issued letter cannot be changed or withdrawn. */
  dialog() {
    return this.page.getByRole('dialog');
  }

  /** Confirms the open dialog and waits for 「已出具 number」. */
  async confirmIssued(number: string): Promise<void> {
    await this.dialog().getByRole('button', { name: '确认出具' }).click();
    await this.page.getByText(`已出具 ${number}`).waitFor();
  }

  /** Issues a letter: the button, the dialog, 确认出具, then 「已出具 number」. */
  async issue(number: string, button = '出具意见书'): Promise<void> {
    await this.issueButton(button).click();
    await this.confirmIssued(number);
  }
}
