import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app-server.js';
import { launchChromium } from '../support/browser.js';

/*
 * The interface language is the person's preference in the archive, not in the browser profile: chosen
 * once, it follows the account into a fresh profile (another PC, a restored archive), and another person
 * keeps their own. A value an older version left in localStorage is moved into the archive once.
 */

let app: TestApp;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  app = await startTestApp();
  ({ browser, close: closeBrowser } = await launchChromium());
});
afterAll(async () => {
  await closeBrowser?.();
  await app?.stop();
});

describe('per-account preferences', () => {
  it('keeps the chosen language in the archive, per account, across browser profiles', async () => {
    const first = await app.newPage(browser, { locale: 'zh-CN' });
    await first.goto(`${app.server.url}#/settings`);
    await first.getByText('界面语言').waitFor();
    await first.getByText('English', { exact: true }).click();
    await first.getByText('Language', { exact: true }).waitFor();
    await expect.poll(() => app.core.db.prepare("SELECT p.value FROM user_preferences p JOIN users u ON u.id = p.user_id WHERE u.login = 'e2e' AND p.key = 'locale'").get()).toEqual({ value: '"en-US"' });
    expect(await first.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await first.context().close();

    // A fresh profile (nothing in localStorage): the account's language comes from the archive.
    const again = await app.newPage(browser, { locale: 'zh-CN' });
    await again.goto(`${app.server.url}#/settings`);
    await again.getByText('Language', { exact: true }).waitFor();
    await again.context().close();

    // Someone else on the same server keeps the default.
    const other = await app.newPage(browser, { locale: 'zh-CN' }, 'li');
    await other.goto(`${app.server.url}#/settings`);
    await other.getByText('界面语言').waitFor();
    await other.context().close();
  });

  it('moves a language an older version kept in localStorage into the archive, once', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('review-desk.locale', 'en-US');
        localStorage.setItem('review-desk.templates.office', '城关司法所');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await app.signIn(context, 'wang');
    const page = await context.newPage();
    await page.goto(`${app.server.url}#/settings`);
    await page.getByText('Language', { exact: true }).waitFor();
    await expect
      .poll(() => app.core.db.prepare("SELECT p.key, p.value FROM user_preferences p JOIN users u ON u.id = p.user_id WHERE u.login = 'wang' ORDER BY p.key").all())
      .toEqual([{ key: 'locale', value: '"en-US"' }, { key: 'templateOffice', value: '"城关司法所"' }]);
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await context.close();
  });
});
