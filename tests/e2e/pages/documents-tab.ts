import type { Page } from 'playwright-core';
import { chooseByLabel } from './antd.js';

/** A file as the upload input takes it. */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A matter's 文档 tab: the role picker, the upload box and the messages the upload leaves. */
export class DocumentsTab {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, matterId: number): Promise<void> {
    await this.page.goto(`${baseUrl}#/matters/${matterId}/documents`);
  }

  /** Waits for the list heading 「本事项的文档（n）」. */
  async waitForCount(n: number): Promise<void> {
    await this.page.getByText(`本事项的文档（${n}）`).waitFor();
  }

  /** Picks the role (送审稿, 修改稿, 附件, …) the next upload is filed under. */
  chooseRole(role: string): Promise<void> {
    return chooseByLabel(this.page, '文件角色', role);
  }

  /** Drops files on the upload box, as a person picks them in the file dialog. */
  async upload(files: UploadFile | UploadFile[] | string): Promise<void> {
    await this.page.locator('.ant-upload input[type=file]').setInputFiles(files);
  }

  /** Waits for the message 「已导入：…」 (a regular expression matches the whole message). */
  async waitImported(text: string | RegExp, options: { timeout?: number } = {}): Promise<void> {
    const message = typeof text === 'string' ? this.page.getByText(`已导入：${text}`, { exact: false }) : this.page.getByText(text);
    await message.first().waitFor(options);
  }

  /** The refusal alert of one file: 「未导入：name」. */
  refusal(name: string) {
    return this.page.getByRole('alert').filter({ hasText: `未导入：${name}` });
  }
}
