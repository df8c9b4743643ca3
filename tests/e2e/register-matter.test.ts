import { describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { RegistrationForm } from './pages/registration-form.js';

describe('register a matter in the browser', () => {
  // Playwright's default window, as these screenshots have always been taken.
  const session = useE2eSession({ page: { viewport: { width: 1280, height: 720 } } });
  const matterCount = () => (session.app.core.db.prepare('SELECT count(*) AS n FROM matters').get() as { n: number }).n;

  it('registers through the form, survives a reload and shows in the list', async () => {
    const page = await session.pageAs();
    const form = new RegistrationForm(page);
    await form.open(session.url());
    await form.fill({ title: '某村2024年村规民约（修订稿）', unit: '东风村民委员会', township: '红花镇' });
    await page.screenshot({ path: screenshotPath('01-register-form'), fullPage: true });
    // Keyboard submit, as the form promises.
    await form.submitByKeyboard();

    await page.reload();
    const row = page.getByRole('row', { name: /某村2024年村规民约（修订稿）/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('东风村民委员会');
    expect(await row.textContent()).toContain('村规民约/居民公约');
    await page.screenshot({ path: screenshotPath('02-matters-list'), fullPage: true });

    // The row really is in the database, with a serial of this year's sequence.
    const stored = session.app.core.db.prepare('SELECT serial, title, township FROM matters').all() as {
      serial: string;
      title: string;
      township: string;
    }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.title).toBe('某村2024年村规民约（修订稿）');
    expect(stored[0]!.township).toBe('红花镇');
    expect(await row.textContent()).toContain(stored[0]!.serial);
    expect(session.errorsOf(page)).toEqual([]);
  });

  it('shows the server’s Chinese message and writes nothing when required fields are missing', async () => {
    const page = await session.pageAs();
    const form = new RegistrationForm(page);
    await form.open(session.url());
    const before = matterCount();
    await form.submitButton().click();
    await page.getByText('请填写标题').waitFor();
    expect(matterCount()).toBe(before);
  });

  it('switches the interface to English in settings', async () => {
    const page = await session.pageAs();
    await page.goto(session.url('#/settings'));
    await page.getByText('English').click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.goto(session.url('#/matters'));
    await page.getByRole('heading', { name: 'Matters under review' }).waitFor();
    await page.screenshot({ path: screenshotPath('03-matters-english'), fullPage: true });
  });
});
