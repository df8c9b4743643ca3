import type { Locator, Page } from 'playwright-core';

/*
 * Page object of a matter's 审查 tab, shared by the e2e tests. Opening the tab only reads (issue 20):
 * a review that has not started shows 开始审查, which the reviewer clicks. The opinion editor is a
 * side panel beside the document (a non-modal dialog named by its title).
 */

/** The few DOM calls the in-page helpers make (run in Chromium; declared here for the Node-side type check). */
declare const document: {
  createTreeWalker(root: unknown, whatToShow: number): { nextNode(): { textContent: string | null } | null };
  createRange(): {
    setStart(node: unknown, offset: number): void;
    setEnd(node: unknown, offset: number): void;
    getBoundingClientRect(): { left: number; right: number; top: number; height: number };
  };
};
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

/** The workspace is there once its 结论与签批 tab is (in either language). */
export const workspaceTab = (page: Page) => page.getByRole('tab', { name: /结论与签批|Conclusion & sign-off/ });

/** Opens the review tab and starts the review when it has not started yet (as a reviewer would). */
export async function openReview(page: Page, baseUrl: string, matterId: number): Promise<void> {
  await page.goto(`${baseUrl}#/matters/${matterId}/review`);
  const start = page.getByTestId('start-review');
  await start.or(workspaceTab(page)).first().waitFor();
  if (await start.isVisible()) {
    await start.click();
    await workspaceTab(page).waitFor();
  }
}

/** The reading pane with the document's text blocks. */
export const reviewDocument = (page: Page) => page.getByTestId('review-document');

/** One text block (paragraph or table cell) of the document shown. */
export const documentBlock = (page: Page, paragraph: number) => reviewDocument(page).locator(`[data-b="${paragraph}"]`);

/** The opinion editor side panel: 新建审查意见, or 修改审查意见 when editing one. */
export const opinionEditor = (page: Page, kind: 'new' | 'edit' = 'new') =>
  page.getByRole('dialog', { name: kind === 'new' ? '新建审查意见' : '修改审查意见' });

/** The question asked when Esc or 取消 would drop typed text. */
export const discardConfirm = (page: Page) => page.getByRole('alertdialog', { name: '放弃未保存的意见？' });

/** Saves the editor with Ctrl+Enter (from the text box) and waits for the panel to close. */
export async function saveOpinion(editor: Locator): Promise<void> {
  await editor.getByLabel('意见内容').press('Control+Enter');
  await editor.waitFor({ state: 'hidden' });
}

/** How far the reading pane is scrolled (the editor must not move it). */
export const documentScroll = (page: Page) => reviewDocument(page).evaluate((el) => el.scrollTop);

/** Drags the mouse over `text` inside one block of the review document, as a reviewer selects a sentence. */
export async function selectWithMouse(page: Page, paragraph: number, text: string): Promise<void> {
  const block = documentBlock(page, paragraph);
  await block.scrollIntoViewIfNeeded();
  const points = await block.evaluate(
    (el, [wanted, showText]) => {
      const full = el.textContent ?? '';
      const start = full.indexOf(wanted);
      if (start < 0) throw new Error(`not in block: ${wanted}`);
      const charRect = (offset: number) => {
        const walker = document.createTreeWalker(el, showText);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (offset < seen + length) {
            const range = document.createRange();
            range.setStart(node, offset - seen);
            range.setEnd(node, offset - seen + 1);
            return range.getBoundingClientRect();
          }
          seen += length;
        }
        throw new Error('offset outside block');
      };
      const first = charRect(start);
      const last = charRect(start + wanted.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    },
    [text, SHOW_TEXT] as const,
  );
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 12 });
  await page.mouse.up();
}
