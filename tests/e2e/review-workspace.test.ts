import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Method, MethodInput, MethodOutput } from '../../shared/contract/index.js';
import { CHECKLIST_DIMENSIONS } from '../../shared/domain/checklist.js';
import { callAs } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { discardConfirm, documentBlock, documentScroll, openReview, opinionEditor, reviewDocument, saveOpinion, selectWithMouse } from './pages/review-page.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'docx', 'zh-contract-lease-rural-01.docx');
/** Block 8 of the fixture holds two sentences; the second one is quoted, so the anchor starts mid-paragraph. */
const PARAGRAPH = 8;
const SENTENCE = '乙方不得利用承租房屋进行非法活动，否则甲方可以终止合同，收回房屋。';

/** The one DOM call made here in the page (run in Chromium; declared for the Node-side type check). */
declare const document: { activeElement: { getAttribute(name: string): string | null } | null };
/** The second account that signs off what the e2e account submitted. */
const APPROVER = 'lisz';

describe('review workspace in the browser', () => {
  const session = useE2eSession();
  const api = <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => callAs(session.app.core, 'e2e', method, input);

  it('goes through the checklist by keyboard, anchors an opinion on a selected sentence, submits and approves', { timeout: 300_000 }, async () => {
    const matter = await api('matters.create', {
      type: 'village.contract',
      title: '东风村集体房屋租赁合同',
      submittingUnit: '东风村股份经济合作社',
      receivedOn: '2025-04-01',
    });
    const imported = await api('documents.import', {
      matterId: matter.id,
      fileName: '房屋租赁合同(农村).docx',
      content: readFileSync(FIXTURE),
    });
    const documentId = imported.document.id;
    const detail = await api('documents.get', { id: documentId });
    expect(detail.blocks[PARAGRAPH]!.text).toContain(SENTENCE);
    const sentenceStart = detail.blocks[PARAGRAPH]!.text.indexOf(SENTENCE);
    expect(sentenceStart).toBeGreaterThan(0);

    const page = await session.pageAs();
    const errors = session.errorsOf(page);
    await openReview(page, session.url(), matter.id);
    await documentBlock(page, PARAGRAPH).waitFor();

    // The checklist in the order the workspace shows it (by dimension), as the API has it.
    const template = (await api('review.get', { matterId: matter.id })).template;
    const items = CHECKLIST_DIMENSIONS.flatMap((d) => template.items.filter((i) => i.dimension === d));
    const problem = items.findIndex((i) => i.id === 'CT-BLANK');
    const notApplicable = items.findIndex((i) => !i.required);
    const leftOpen = items.findLastIndex((i) => i.required);
    expect(problem).toBeGreaterThanOrEqual(0);
    expect(new Set([problem, notApplicable, leftOpen]).size).toBe(3);

    // The first item has focus when the workspace opens; ↓ and 1/2/3 do the rest.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-item'))).toBe(items[0]!.id);
    // An office PC is slower than this machine: keys must not outrun the rendering (a lost ↓ would
    // answer one item twice and leave another open).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    for (let i = 0; i < items.length; i++) {
      if (i === problem) {
        await page.keyboard.press('2');
        await page.keyboard.press('Enter');
        const editor = opinionEditor(page);
        await editor.waitFor();
        // Prefilled from the item: its default severity and its basis, looked up in the library.
        await expect.poll(() => editor.getByLabel('法律依据').inputValue()).toBe('《中华人民共和国民法典》第470条、第510条');
        expect(await editor.getByRole('radio', { name: '建议修改' }).isChecked()).toBe(true);
        await editor.getByRole('button', { name: '插入' }).first().click();
        const text = await editor.getByLabel('意见内容').inputValue();
        expect(text.length).toBeGreaterThan(10);
        await page.screenshot({ path: screenshotPath('review-02-editor-from-item') });
        await saveOpinion(editor);
      } else if (i === notApplicable) {
        await page.keyboard.press('3');
      } else if (i !== leftOpen) {
        await page.keyboard.press('1');
      }
      if (i < items.length - 1) await page.keyboard.press('ArrowDown');
    }
    await expect.poll(() => page.getByTestId('review-progress').textContent()).toBe(`已完成 ${items.length - 1} / ${items.length}`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // Digits typed in a note are text, not shortcuts (2 would mark the item 有问题).
    const last = page.locator(`[data-item="${items.at(-1)!.id}"]`);
    await last.getByLabel('备注（可选）').click();
    await page.keyboard.type('核对第2条');
    await last.getByLabel('备注（可选）').blur();
    await expect.poll(() => last.getAttribute('data-status')).toBe('pass');
    await page.screenshot({ path: screenshotPath('review-01-checklist-by-keyboard') });

    // Select the sentence with the mouse and quote it.
    await selectWithMouse(page, PARAGRAPH, SENTENCE);
    await page.getByText(`已选第 ${PARAGRAPH + 1} 段：“${SENTENCE}”`).waitFor();
    const readingAt = await documentScroll(page);
    await page.getByRole('button', { name: '引用为意见' }).click();
    const editor = opinionEditor(page);
    await editor.waitFor();
    expect(await editor.getByTestId('editor-quote').textContent()).toContain(SENTENCE);
    // The editor is a panel beside the document, not over it: the quoted paragraph stays in view and
    // the reading position does not move (issue 20).
    const [docBox, editorBox] = [await reviewDocument(page).boundingBox(), await editor.boundingBox()];
    expect(editorBox!.x).toBeGreaterThanOrEqual(docBox!.x + docBox!.width);
    expect(await documentBlock(page, PARAGRAPH).isVisible()).toBe(true);
    expect(await documentScroll(page)).toBe(readingAt);
    const OPINION = '“非法活动”的范围不明确，建议列明甲方可以解除合同的具体情形，并约定解除的通知程序。';
    await editor.getByLabel('意见内容').fill(OPINION);
    // Esc with something typed asks before dropping it; 继续编辑 keeps the text.
    await editor.getByLabel('意见内容').press('Escape');
    const discard = discardConfirm(page);
    await discard.waitFor();
    await discard.getByRole('button', { name: '继续编辑' }).click();
    await discard.waitFor({ state: 'hidden' });
    expect(await editor.getByLabel('意见内容').inputValue()).toBe(OPINION);
    await editor.getByText('必须修改').click();
    await editor.getByLabel('法律依据').fill('民法典 510');
    await page.locator('.rd-basis-option').first().waitFor();
    await editor.getByLabel('法律依据').press('Enter');
    await expect.poll(() => editor.getByLabel('法律依据').inputValue()).toBe('《中华人民共和国民法典》第510条');
    await page.screenshot({ path: screenshotPath('review-03-editor-with-quote') });
    await saveOpinion(editor);
    expect(await documentScroll(page)).toBe(readingAt);
    const mark = page.locator(`[data-testid="review-document"] [data-b="${PARAGRAPH}"] mark`);
    await mark.waitFor();
    expect(await mark.textContent()).toBe(SENTENCE);

    // Reorder by keyboard: the anchored opinion moves to the top.
    await page.getByRole('tab', { name: /审查意见/ }).click();
    const cards = page.locator('[data-opinion]');
    await expect.poll(() => cards.count()).toBe(2);
    await cards.nth(1).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => cards.first().getByTestId('opinion-quote').count()).toBe(1);
    // And by drag and drop: the item's opinion dragged back on top, then the anchored one again.
    await cards.nth(1).dragTo(cards.nth(0));
    await expect.poll(() => cards.first().getByTestId('opinion-quote').count()).toBe(0);
    expect((await api('review.get', { matterId: matter.id })).opinions[0]!.checklistItemId).toBe('CT-BLANK');
    await cards.nth(1).dragTo(cards.nth(0));
    await expect.poll(() => cards.first().getByTestId('opinion-quote').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('review-04-opinions') });
    await cards.first().getByRole('button', { name: '存为常用意见' }).click();
    await page.getByText('已存入常用审查意见库').waitFor();
    const kept = await api('library.phrases.search', { query: '非法活动', matterType: 'village.contract' });
    expect(kept.map((p) => p.text)).toContain('“非法活动”的范围不明确，建议列明甲方可以解除合同的具体情形，并约定解除的通知程序。');

    // Conclusion, then sign-off with the reason the open required item demands.
    await page.getByRole('tab', { name: '结论与签批' }).click();
    await page.getByText('修改后合法', { exact: true }).click();
    await page.getByLabel('结论说明（意见书中的总体意见）').fill('该合同经修改后合法。');
    await page.getByRole('button', { name: '保存结论' }).click();
    await page.getByText('结论尚未保存').waitFor({ state: 'hidden' });
    // The signed-in account signs: there is no name to type.
    expect(await page.getByRole('textbox', { name: '审查人', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: '提交签批' }).click();
    const override = page.getByRole('dialog', { name: '必查要点未完成，仍要提交？' });
    await override.waitFor();
    expect(await override.textContent()).toContain(items[leftOpen]!.id);
    await override.getByLabel('提交理由').fill('经与送审单位核实，集体资金账户情况另行书面说明。');
    await override.getByRole('button', { name: '说明理由并提交' }).click();
    await page.getByText('审查已提交签批，内容已锁定；签批人退回后才能修改。').first().waitFor();
    // The submitter may not approve their own review: a second account signs off.
    await page.getByTestId('self-approval').waitFor();
    expect(await page.getByRole('button', { name: '签批通过' }).isDisabled()).toBe(true);
    const approverPage = await session.pageAs(APPROVER, { roles: ['approver'] });
    await openReview(approverPage, session.url(), matter.id);
    await approverPage.getByRole('tab', { name: '结论与签批' }).click();
    await approverPage.getByRole('button', { name: '签批通过' }).click();
    const approve = approverPage.getByRole('dialog', { name: '签批通过' });
    await approve.getByLabel('签批意见（可选）').fill('同意。');
    await approve.getByRole('button', { name: '确认通过' }).click();
    await approve.waitFor({ state: 'hidden' });
    await approverPage.getByText('审查已签批通过，内容已锁定，不能再修改；如需更正请出具更正意见书。').first().waitFor();
    await approverPage.close();
    // After a reload (one serves both checks) the highlight sits on the same words, and the workspace
    // says why it is locked.
    await page.reload();
    await mark.waitFor();
    expect(await mark.textContent()).toBe(SENTENCE);
    expect(await page.locator(`[data-item="${items[0]!.id}"]`).getByRole('button', { name: '通过' }).isDisabled()).toBe(true);
    await page.getByText('审查已签批通过').first().waitFor();
    await page.screenshot({ path: screenshotPath('review-06-reloaded-highlight') });
    await page.getByRole('tab', { name: '结论与签批' }).click();
    await page.getByText('审查已签批通过，内容已锁定，不能再修改；如需更正请出具更正意见书。').first().waitFor();
    await page.screenshot({ path: screenshotPath('review-05-approved') });

    // What the server stored.
    const review = await api('review.get', { matterId: matter.id });
    expect(review.state).toBe('approved');
    expect(review.result).toBe('lawful-after-revision');
    expect(review.overrideReason).toBe('经与送审单位核实，集体资金账户情况另行书面说明。');
    expect(review.signoffs.map((s) => [s.action, s.actor])).toEqual([
      ['submit', 'e2e'],
      ['approve', APPROVER],
    ]);
    expect(review.answers.find((a) => a.itemId === items[problem]!.id)?.status).toBe('problem');
    expect(review.answers.find((a) => a.itemId === items[notApplicable]!.id)?.status).toBe('not-applicable');
    expect(review.answers.find((a) => a.itemId === items.at(-1)!.id)).toMatchObject({ status: 'pass', note: '核对第2条' });
    expect(review.progress.requiredOpen).toEqual([items[leftOpen]!.id]);
    const [anchored, fromItem] = review.opinions;
    expect(anchored!.anchor).toEqual({
      documentId,
      paragraph: PARAGRAPH,
      start: sentenceStart,
      end: sentenceStart + SENTENCE.length,
      quote: SENTENCE,
    });
    expect(anchored).toMatchObject({ severity: 'must', basis: '《中华人民共和国民法典》第510条', basisId: 'civil-510', position: 1 });
    expect(fromItem).toMatchObject({ checklistItemId: 'CT-BLANK', severity: 'should', basisId: 'civil-470', anchor: null, position: 2 });

    expect([...errors, ...session.errorsOf(approverPage)]).toEqual([]);
  });

  it('lets the approver return the review with comments, which unlocks it for the reviewer', async () => {
    const matter = await api('matters.create', { type: 'normative', title: '某县优化营商环境若干措施', submittingUnit: '县发展改革局', receivedOn: '2025-06-02' });
    const review = await api('review.start', { matterId: matter.id });
    for (const item of review.template.items) await api('review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' });
    await api('review.conclude', { matterId: matter.id, result: 'lawful', summary: null });
    await api('review.submit', { matterId: matter.id });

    // Submitted by the e2e account; another account (an approver) returns it.
    const page = await session.pageAs(APPROVER, { roles: ['approver'] });
    await openReview(page, session.url(), matter.id);
    await page.getByText('审查已提交签批，内容已锁定；签批人退回后才能修改。').waitFor();
    const first = page.locator(`[data-item="${review.template.items.find((i) => i.dimension === 'subject')!.id}"]`);
    expect(await first.getByRole('button', { name: '有问题' }).isDisabled()).toBe(true);
    // Shortcuts say why nothing happens instead of failing silently.
    await page.keyboard.press('2');
    await page.getByText('审查已提交签批，内容已锁定；签批人退回后才能修改。').nth(1).waitFor();

    await page.getByRole('tab', { name: '结论与签批' }).click();
    await page.getByRole('button', { name: '退回' }).click();
    const dialog = page.getByRole('dialog', { name: '退回审查人' });
    expect(await dialog.getByRole('button', { name: '确认退回' }).isDisabled()).toBe(true);
    await dialog.getByLabel('退回意见').fill('第五条财政奖励未说明依据，请补充意见。');
    await dialog.getByRole('button', { name: '确认退回' }).click();
    await page.getByText('签批人已退回：第五条财政奖励未说明依据，请补充意见。').waitFor();
    await page.getByTestId('signoff-history').getByText('退回修改').waitFor();
    await page.screenshot({ path: screenshotPath('review-07-returned') });

    const after = await api('review.get', { matterId: matter.id });
    expect(after.state).toBe('returned');
    expect(after.signoffs.map((s) => [s.action, s.comment])).toEqual([
      ['submit', null],
      ['return', '第五条财政奖励未说明依据，请补充意见。'],
    ]);
    expect((await api('matters.get', { id: matter.id })).status).toBe('in-review');
    await page.getByRole('tab', { name: '审查清单' }).click();
    expect(await first.getByRole('button', { name: '有问题' }).isDisabled()).toBe(false);
  });
});
