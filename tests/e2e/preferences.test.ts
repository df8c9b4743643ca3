import { describe, expect, it } from 'vitest';
import { useE2eSession } from '../support/e2e-session.js';

/*
 * The interface language is the person's preference in the archive, not in the browser profile: chosen
 * once, it follows the account into a fresh profile (another PC, a restored archive), and another person
 * keeps their own. A value an older version left in localStorage is moved into the archive once.
 */

describe('per-account preferences', () => {
  // Playwright's default window, as before.
  const session = useE2eSession({ page: { viewport: { width: 1280, height: 720 } } });
  const preferencesOf = (login: string) =>
    session.app.core.db.prepare('SELECT p.key, p.value FROM user_preferences p JOIN users u ON u.id = p.user_id WHERE u.login = ? ORDER BY p.key').all(login);

  it('keeps the chosen language in the archive, per account, across browser profiles', async () => {
    const first = await session.pageAs();
    await first.goto(session.url('#/settings'));
    await first.getByText('界面语言').waitFor();
    await first.getByText('English', { exact: true }).click();
    await first.getByText('Language', { exact: true }).waitFor();
    await expect.poll(() => session.app.core.db.prepare("SELECT p.value FROM user_preferences p JOIN users u ON u.id = p.user_id WHERE u.login = 'e2e' AND p.key = 'locale'").get()).toEqual({ value: '"en-US"' });
    expect(await first.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await first.context().close();

    // A fresh profile (nothing in localStorage): the account's language comes from the archive.
    const again = await session.pageAs();
    await again.goto(session.url('#/settings'));
    await again.getByText('Language', { exact: true }).waitFor();
    await again.context().close();

    // Someone else on the same server keeps the default.
    const other = await session.pageAs('li');
    await other.goto(session.url('#/settings'));
    await other.getByText('界面语言').waitFor();
    await other.context().close();
  });

  it('moves a language an older version kept in localStorage into the archive, once', async () => {
    const page = await session.pageAs('wang');
    // What an older version left in this profile; the script runs before the app on every load, once per tab.
    await page.context().addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('review-desk.locale', 'en-US');
        localStorage.setItem('review-desk.templates.office', '城关司法所');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(session.url('#/settings'));
    await page.getByText('Language', { exact: true }).waitFor();
    await expect.poll(() => preferencesOf('wang')).toEqual([{ key: 'locale', value: '"en-US"' }, { key: 'templateOffice', value: '"城关司法所"' }]);
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await page.context().close();
  });
});
