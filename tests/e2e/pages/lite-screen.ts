import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import postcss, { type Container } from 'postcss';
import { expect } from 'vitest';
import { requiredClasses } from '../../../renderer/vite-first-screen-css.js';

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

/** Every class on the page's #root and the elements in it. */
export async function rootClasses(page: Page): Promise<string[]> {
  return page.evaluate(() => [...new Set([...document.querySelectorAll('#root, #root *')].flatMap((e) => [...e.classList]))]);
}

/** Each selector of a built stylesheet, with the at-rules around it (`@media (…) .ant-col-md-4`). */
function selectorsOf(css: string): { context: string; selector: string }[] {
  const out: { context: string; selector: string }[] = [];
  const walk = (container: Container, context: string) =>
    container.each((node) => {
      if (node.type === 'rule') for (const selector of node.selectors) out.push({ context, selector });
      else if (node.type === 'atrule' && node.nodes) walk(node, `${context}@${node.name} ${node.params} `);
    });
  walk(postcss.parse(css), '');
  return out;
}

/**
 * The selectors of the app's whole stylesheet (the build's largest: antd.css + styles.css) that markup with
 * these classes can match but the light screen's own sheet (lite-screen-*.css, renderer/vite-first-screen-css.ts)
 * lacks — what the light screen would draw differently from the app (issue 17). A selector "can match" when
 * every class it requires (outside :not() and the like) is among `classes`.
 */
export function missingLightRules(assets: string, classes: string[]): string[] {
  const sheets = readdirSync(assets).filter((f) => f.endsWith('.css'));
  const light = sheets.find((f) => /^lite-screen-.*\.css$/.test(f));
  const full = sheets.filter((f) => f !== light).sort((a, b) => statSync(join(assets, b)).size - statSync(join(assets, a)).size)[0];
  if (!light || !full) throw new Error(`light or full stylesheet not found among ${sheets.join(', ')}`);
  const present = new Set(classes);
  const has = new Set(selectorsOf(readFileSync(join(assets, light), 'utf8')).map((s) => s.context + s.selector));
  const needed = selectorsOf(readFileSync(join(assets, full), 'utf8')).filter((s) => requiredClasses(s.selector).every((c) => present.has(c)));
  return needed.map((s) => s.context + s.selector).filter((s) => !has.has(s));
}
