import type { Page } from 'playwright-core';

/** The sign-in page: what a person sees and types. */
export class SignInPage {
  constructor(readonly page: Page) {}
  heading() {
    return this.page.getByRole('heading', { name: '登录', exact: true });
  }
  async signIn(login: string, password: string) {
    await this.heading().waitFor();
    await this.page.getByLabel('登录名').fill(login);
    await this.page.getByLabel('密码', { exact: true }).fill(password);
    // Enter submits, as on any sign-in page.
    await this.page.getByLabel('密码', { exact: true }).press('Enter');
  }
  error() {
    return this.page.getByTestId('sign-in-error');
  }
}

/** The sider's user panel and menu. */
export class Shell {
  constructor(readonly page: Page) {}
  userName() {
    return this.page.getByTestId('user-name');
  }
  /** Waits until the sider names the signed-in person (their display name). */
  async waitForUser(name: string) {
    await this.userName().filter({ hasText: name }).waitFor();
  }
  async menuItems(): Promise<string[]> {
    await this.page.locator('nav .ant-menu-item').first().waitFor();
    return (await this.page.locator('nav .ant-menu-item').allTextContents()).map((s) => s.trim());
  }
}
