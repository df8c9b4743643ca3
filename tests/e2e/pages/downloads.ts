import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** A file the browser downloaded: its bytes, the name the server suggested and where Playwright keeps it. */
export interface Downloaded {
  bytes: Buffer;
  name: string;
  path: string;
}

/** Clicks something that starts a browser download and returns what was downloaded. */
export async function downloadOf(page: Page, click: () => Promise<void>): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { bytes: readFileSync(path), name: download.suggestedFilename(), path };
}

/** Clicks the button named `name` and returns the file it downloads. */
export const downloadByButton = (page: Page, name: string | RegExp): Promise<Downloaded> =>
  downloadOf(page, () => page.getByRole('button', { name }).click());
