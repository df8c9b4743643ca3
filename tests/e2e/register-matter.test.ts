import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, screenshotPath } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/app-server.js';

describe('register a matter in the browser', () => {
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

  it('registers through the form, survives a reload and shows in the list', async () => {
    const page = await app.newPage(browser, { locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    await page.goto(`${app.server.url}#/matters/new`);
    await page.getByLabel('标题').fill('某村2024年村规民约（修订稿）');
    await page.getByLabel('送审单位').fill('东风村民委员会');
    await page.getByLabel('乡镇（街道）').fill('红花镇');
    await page.screenshot({ path: screenshotPath('01-register-form'), fullPage: true });
    // Keyboard submit, as the form promises.
    await page.getByLabel('送审单位').press('Control+Enter');
    await page.waitForURL(/#\/matters$/);

    await page.reload();
    const row = page.getByRole('row', { name: /某村2024年村规民约（修订稿）/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('东风村民委员会');
    expect(await row.textContent()).toContain('村规民约/居民公约');
    await page.screenshot({ path: screenshotPath('02-matters-list'), fullPage: true });

    // The row really is in the database, with a serial of this year's sequence.
    const stored = app.core.db.prepare('SELECT serial, title, township FROM matters').all() as {
      serial: string;
      title: string;
      township: string;
    }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.title).toBe('某村2024年村规民约（修订稿）');
    expect(stored[0]!.township).toBe('红花镇');
    expect(await row.textContent()).toContain(stored[0]!.serial);
    expect(errors).toEqual([]);
  });

  it('shows the server’s Chinese message and writes nothing when required fields are missing', async () => {
    const page = await app.newPage(browser);
    await page.goto(`${app.server.url}#/matters/new`);
    const before = (app.core.db.prepare('SELECT count(*) AS n FROM matters').get() as { n: number }).n;
    await page.getByRole('button', { name: '登 记' }).click();
    await page.getByText('请填写标题').waitFor();
    const after = (app.core.db.prepare('SELECT count(*) AS n FROM matters').get() as { n: number }).n;
    expect(after).toBe(before);
  });

  it('switches the interface to English in settings', async () => {
    const page = await app.newPage(browser);
    await page.goto(`${app.server.url}#/settings`);
    await page.getByText('English').click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.goto(`${app.server.url}#/matters`);
    await page.getByRole('heading', { name: 'Matters under review' }).waitFor();
    await page.screenshot({ path: screenshotPath('03-matters-english'), fullPage: true });
  });
});
