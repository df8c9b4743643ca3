import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../shared/domain/letter.js';
import { approvedMatter, callAs } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { downloadByButton } from './pages/downloads.js';
import { LettersTab } from './pages/letters-tab.js';

const OPINION_1 = '租赁期限超过二十年的部分无效，建议将租赁期限调整为不超过二十年。';
const OPINION_2 = '建议补充争议解决条款。';

describe('letters in the browser', () => {
  let matterId: number;
  let serial: string;
  // The form dates the letter today; the number carries the year of that date.
  const year = new Date().getFullYear();
  const first = `郯司审〔${year}〕1号`;
  const second = `郯司审〔${year}〕2号`;
  const session = useE2eSession(async (app) => {
    await callAs(app.core, 'e2e', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
    const seeded = await approvedMatter(app.core);
    matterId = seeded.matter.id;
    serial = seeded.matter.serial;
  });
  /** The pages opened on the letters tab; none of them may log an error. */
  const letterPages: Page[] = [];

  async function openLetters(): Promise<{ page: Page; tab: LettersTab }> {
    const page = await session.pageAs();
    letterPages.push(page);
    const tab = new LettersTab(page);
    await tab.open(session.url(), matterId);
    return { page, tab };
  }

  it('previews the draft, issues it after confirmation and downloads the stored DOCX', async () => {
    const { page, tab } = await openLetters();
    const preview = tab.preview();
    await preview.getByText(OPINION_1).waitFor();
    const previewText = (await preview.textContent())!;
    expect(previewText).toContain('郯城县红花镇司法所');
    expect(previewText.indexOf(OPINION_1)).toBeLessThan(previewText.indexOf(OPINION_2));
    // Paginated like the DOCX: A4 sheets with "— n —" under each, odd right and even left.
    const sheets = preview.locator('.letter-page');
    expect(await sheets.count()).toBeGreaterThan(1);
    expect(await sheets.nth(0).locator('.letter-page-number.odd').textContent()).toBe('— 1 —');
    expect(await sheets.nth(1).locator('.letter-page-number.even').textContent()).toBe('— 2 —');
    const box = (await sheets.nth(0).boundingBox())!;
    // 80 % zoom of 210 mm × 297 mm at 96 dpi.
    expect(Math.round((box.height / box.width) * 100)).toBe(Math.round((297 / 210) * 100));
    await page.screenshot({ path: screenshotPath('letters-01-preview'), fullPage: true });
    // 打印 / 导出 PDF goes through the browser's print with the @page stylesheet: Chromium's PDF of it
    // has as many A4 pages as the preview shows.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: '打印 / 导出 PDF' }).click();
    await page.locator('#letter-print-root .letter-page').first().waitFor({ state: 'attached' });
    const printed = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(printed.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(await sheets.count());
    const [w, h] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(printed)!.slice(1).map(Number) as [number, number];
    expect([Math.round(w * 25.4 / 72), Math.round(h * 25.4 / 72)]).toEqual([210, 297]);
    await page.evaluate(() => document.getElementById('letter-print-root')?.remove());

    await tab.issueButton().click();
    await tab.dialog().getByText('不能修改或撤销').waitFor();
    // Nothing is issued until the reviewer confirms.
    expect(await callAs(session.app.core, 'e2e', 'letters.list', { matterId })).toEqual([]);
    await tab.confirmIssued(first);
    await page.screenshot({ path: screenshotPath('letters-02-issued'), fullPage: true });

    const [stored] = await callAs(session.app.core, 'e2e', 'letters.list', { matterId });
    expect(stored!.number).toBe(first);
    expect(await page.getByTestId('issued-sha256').textContent()).toBe(stored!.sha256);

    const { bytes, name } = await downloadByButton(page, '下载 DOCX');
    expect(name).toBe(`${first}.docx`);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(stored!.sha256);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain(first);
    expect(text.indexOf(OPINION_1)).toBeGreaterThan(0);
    expect(text.indexOf(OPINION_2)).toBeGreaterThan(text.indexOf(OPINION_1));

    const row = page.getByRole('row', { name: new RegExp(first) });
    expect(await row.textContent()).toContain('合法性审查意见书');
    expect(await row.textContent()).toContain('e2e');
    // Issued once: the button says so and offers the letter and a correction, not a second original.
    await page.getByText(`本事项已出具合法性审查意见书（${first}），不能重复出具`).waitFor();
    expect(await tab.issueButton().isDisabled()).toBe(true);
  });

  it('shows why an unapproved matter cannot get a letter yet', async () => {
    const fresh = await callAs(session.app.core, 'e2e', 'matters.create', {
      type: 'contract',
      title: '采购合同',
      submittingUnit: '县教育局',
      receivedOn: '2026-03-02',
    });
    // Playwright's default window, as before.
    const page = await session.pageAs(undefined, { viewport: { width: 1280, height: 720 } });
    const tab = new LettersTab(page);
    await tab.open(session.url(), fresh.id);
    await page.getByText('审查意见尚未签批通过，不能出具意见书。').waitFor();
    await tab.preview().getByText('采购合同', { exact: false }).first().waitFor();
    expect(await tab.issueButton().isDisabled()).toBe(true);
    await page.close();
  });

  it('issues a correction that references the first letter', async () => {
    const { page, tab } = await openLetters();
    await page.getByRole('button', { name: `出具更正 ${first}` }).click();
    await page.getByText(`正在起草对 ${first} 的更正文书`).waitFor();
    // A correction says why; the reason is printed in it.
    expect(await tab.issueButton('出具更正文书').isDisabled()).toBe(true);
    await page.getByLabel('更正原因').fill('第一条意见所引条款有误');
    await tab.preview().getByText(`本文书系对${first}的更正（更正原因：第一条意见所引条款有误）`).waitFor();
    await tab.issueButton('出具更正文书').click();
    await tab.dialog().getByText(`对 ${first} 的更正`).waitFor();
    await tab.confirmIssued(second);
    const row = page.getByRole('row', { name: new RegExp(second) });
    await row.getByText(`更正 ${first}`).waitFor();
    const letters = await callAs(session.app.core, 'e2e', 'letters.list', { matterId });
    expect(letters.map((l) => [l.number, l.correctsLetterId])).toEqual([
      [first, null],
      [second, letters[0]!.id],
    ]);
  });

  it('exports the annotated original with Word comments and the summary sheet', async () => {
    const { page } = await openLetters();
    const annotated = await downloadByButton(page, '导出批注版：lease.docx');
    // The anchored opinion on its quote; the one without an anchor at the start of the document, listed.
    await page.getByText('1 条批注位于所引原文处，0 条未能精确定位，1 条置于文首。').waitFor();
    const zip = unzipSync(new Uint8Array(annotated.bytes));
    expect(Object.keys(zip)).toContain('word/comments.xml');
    expect(strFromU8(zip['word/comments.xml']!)).toContain(OPINION_1);

    const sheet = await downloadByButton(page, '导出审查登记表');
    const { value: sheetText } = await mammoth.extractRawText({ buffer: sheet.bytes });
    expect(sheetText).toContain(serial);
    expect(sheetText).toContain(first);
  });

  it('asks for the missing materials of a return notice, typed from the keyboard', async () => {
    const { page, tab } = await openLetters();
    await tab.preview().getByText(OPINION_1).waitFor();
    await page.getByText('审查意见反馈函·退回补正通知').click();
    await page.getByText('退回补正通知须列明需补正的材料。').waitFor();
    const issue = tab.issueButton();
    expect(await issue.isDisabled()).toBe(true);

    await page.getByRole('button', { name: '添加一行' }).first().click();
    await page.getByLabel('需补正的材料 第1行').fill('村民代表会议决议');
    await page.keyboard.press('Enter');
    await page.keyboard.type('项目预算表');
    await page.keyboard.press('Enter');
    // Backspace on the new empty line removes it again.
    await page.keyboard.press('Backspace');
    expect(await page.getByLabel(/^需补正的材料 第\d行$/).count()).toBe(2);
    expect(await page.getByLabel('需补正的材料 第2行').inputValue()).toBe('项目预算表');

    const preview = tab.preview();
    await preview.getByText('项目预算表').waitFor();
    await page.getByText('退回补正通知须列明需补正的材料。').waitFor({ state: 'detached' });
    // The opinion is out already: this matter is not returned for 补正 any more.
    await page.getByText('不能退回补正', { exact: false }).waitFor();
    expect(await issue.isDisabled()).toBe(true);
    expect(await preview.textContent()).toContain('村民代表会议决议');
    await page.screenshot({ path: screenshotPath('letters-03-return-notice'), fullPage: true });
  });

  it('saves the office settings with Chinese validation and prints them in the next preview', async () => {
    const { page, tab } = await openLetters();
    await page.goto(session.url('#/settings'));
    const name = page.getByLabel('单位名称');
    await expect.poll(() => name.inputValue()).toBe('郯城县红花镇司法所');
    await page.getByTestId('number-example').getByText(`示例：郯司审〔${year}〕15号`).waitFor();
    const save = page.getByRole('button', { name: '保 存' });

    const pattern = page.getByLabel('文号格式');
    await pattern.fill('{prefix}〔{year}〕号');
    await save.click();
    await page.getByText('文号格式须包含 {n}（顺序号）').waitFor();
    expect((await callAs(session.app.core, 'e2e', 'office.get', {})).numberPattern).toBe('{prefix}〔{year}〕{n}号');

    // Look-alike brackets typed by hand still print 六角括号.
    await pattern.fill('{prefix}[{year}]{n}号');
    await page.getByTestId('number-example').getByText(`示例：郯司审〔${year}〕15号`).waitFor();
    await name.fill('郯城县新村镇司法所');
    await page.screenshot({ path: screenshotPath('letters-04-office-settings'), fullPage: true });

    // A required text left empty on another tab: saving shows that tab and the Chinese message.
    await page.getByRole('tab', { name: '文书固定文字' }).click();
    await page.getByRole('tab', { name: '审查意见反馈函·退回补正通知' }).click();
    await page.locator('#office_fixedTexts_return-notice_conclusionHeading').fill('');
    await page.getByRole('tab', { name: '合法性审查意见书' }).click();
    const title = page.locator('#office_fixedTexts_legality-opinion_title');
    await title.fill('{matter}合法性审查意见书（试行格式）');
    await page.getByRole('tab', { name: '基本信息' }).click();
    await save.click();
    await page.getByText('请填写结论标题').waitFor();
    expect(await page.locator('#office_fixedTexts_return-notice_conclusionHeading').isVisible()).toBe(true);
    await page.locator('#office_fixedTexts_return-notice_conclusionHeading').fill('审查结论');
    await page.screenshot({ path: screenshotPath('letters-05-office-texts'), fullPage: true });

    await save.click();
    await page.getByText('单位设置已保存').waitFor();
    const saved = await callAs(session.app.core, 'e2e', 'office.get', {});
    expect(saved.officeName).toBe('郯城县新村镇司法所');
    expect(saved.numberPattern).toBe('{prefix}[{year}]{n}号');
    expect(saved.fixedTexts['legality-opinion'].title).toBe('{matter}合法性审查意见书（试行格式）');

    await tab.open(session.url(), matterId);
    const preview = tab.preview();
    await preview.getByText(OPINION_1).waitFor();
    expect(await preview.textContent()).toContain('郯城县新村镇司法所');
    expect(await preview.textContent()).toContain('《某村房屋租赁合同》合法性审查意见书（试行格式）');
    await page.screenshot({ path: screenshotPath('letters-06-preview-new-office'), fullPage: true });

    // Restore the defaults: texts and pattern come back, the office name stays. Meanwhile another PC saved a
    // different 文号 pattern, and the settings the page asks for when it opens are held back until after the reset,
    // as on a slow PC: their late answer must not undo the reset (the form took every answer that arrived).
    await callAs(session.app.core, 'e2e', 'office.save', { settings: { ...saved, numberPattern: '{prefix}（{year}）{n}号' } });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/rpc/office.get', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(session.url('#/settings'));
    await expect.poll(() => name.inputValue()).toBe('郯城县新村镇司法所');
    await page.getByRole('button', { name: '恢复默认', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '恢复默认' }).click();
    await expect.poll(() => pattern.inputValue()).toBe('{prefix}〔{year}〕{n}号');
    const answered = page.waitForResponse('**/api/rpc/office.get');
    release();
    await answered;
    await page.unroute('**/api/rpc/office.get');
    expect(await pattern.inputValue()).toBe('{prefix}〔{year}〕{n}号');
    await save.click();
    // The first save's message may still be on screen, so wait for the stored settings instead.
    await expect
      .poll(() => callAs(session.app.core, 'e2e', 'office.get', {}))
      .toEqual(defaultOfficeSettings('郯城县新村镇司法所', '郯司审'));
    await page.getByText('单位设置已保存').first().waitFor();
    expect(letterPages.flatMap((p) => session.errorsOf(p))).toEqual([]);
  });
});
