import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/*
 * The light first screen (renderer/src/lite/, issue 17): the home screen drawn without antd, replaced by
 * the app once antd has loaded. Helpers to compare the two.
 */

/** #root's markup, without what differs between two renders of the same screen (React's generated ids and radio names). */
export async function rootMarkup(page: Page): Promise<string> {
  const html = (await page.evaluate('document.getElementById("root").outerHTML')) as string;
  return html.replace(/ (name|id)="[^"]*"/g, '').replace(/ value=""/g, '');
}

/** Waits until the app has replaced the light screen (the mark app-root.tsx sets). */
export async function appShown(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('review-desk:app-shown').length > 0);
}

/**
 * Holds back the app's script on this page, so the light screen stays until `release()` is called (the
 * route is set before the page loads).
 */
export async function holdApp(page: Page): Promise<{ release(): void }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/app-root-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { release: () => release() };
}

/** Whether this page showed the light screen. */
export async function liteShown(page: Page): Promise<boolean> {
  return page.evaluate(() => performance.getEntriesByName('review-desk:lite-shown').length === 1);
}

/**
 * Expects the two pages' screens to have the same markup, once both have settled (the table's edge shadows
 * follow a ResizeObserver, a frame after layout); shows the difference when they do not.
 */
export async function expectSameMarkup(light: Page, app: Page): Promise<void> {
  await expect.poll(async () => (await rootMarkup(light)) === (await rootMarkup(app)), { timeout: 5000 }).toBe(true).catch(() => {});
  expect(await rootMarkup(light)).toBe(await rootMarkup(app));
}
