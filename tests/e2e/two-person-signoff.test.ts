import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Method, MethodInput } from '../../shared/contract/index.js';
import { CHECKLIST_DIMENSIONS } from '../../shared/domain/checklist.js';
import { defaultOfficeSettings } from '../../shared/domain/letter.js';
import { ensureAccount } from '../support/accounts.js';
import type { TestApp } from '../support/app-server.js';
import { LEASE_FIXTURE, callAs } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { chooseOption } from './pages/antd.js';
import { DOCX_MIME, DocumentsTab } from './pages/documents-tab.js';
import { downloadByButton } from './pages/downloads.js';
import { LettersTab } from './pages/letters-tab.js';
import { RegistrationForm } from './pages/registration-form.js';
import { documentBlock, openReview, opinionEditor, saveOpinion, selectWithMouse } from './pages/review-page.js';
import { Shell } from './pages/sign-in-page.js';

/** Block 8 of the lease fixture holds two sentences; the second one is quoted. */
const PARAGRAPH = 8;
const SENTENCE = '乙方不得利用承租房屋进行非法活动，否则甲方可以终止合同，收回房屋。';
const OPINION = '“非法活动”的范围不明确，建议列明甲方可以解除合同的具体情形，并约定解除的通知程序。';
const TITLE = '东风村集体房屋租赁合同';

const REVIEWER = { login: 'wangsc', name: '王审查' };
const APPROVER = { login: 'lisz', name: '李所长' };
/** 司法所 staff holding both roles: may approve others' reviews, never their own. */
const BOTH = { login: 'zhaosz', name: '赵所长' };

describe('two people sign off a review in the browser', () => {
  let app: TestApp;
  const session = useE2eSession(async (started) => {
    // This office prints the 审查人/复核人 line on its outgoing letters (off by default), so the names show there.
    const office = defaultOfficeSettings('郯城县红花镇司法所', '郯司审');
    await callAs(started.core, 'e2e', 'office.save', { settings: { ...office, signatureLines: { ...office.signatureLines, show: true } } });
    await ensureAccount(started.core, REVIEWER.login, ['reviewer'], { displayName: REVIEWER.name });
    await ensureAccount(started.core, APPROVER.login, ['approver'], { displayName: APPROVER.name });
    await ensureAccount(started.core, BOTH.login, ['reviewer', 'approver'], { displayName: BOTH.name });
  });
  const errors = session.errors;
  const year = new Date().getFullYear();
  beforeAll(() => {
    app = session.app;
  });

  const pageAs = (account: { login: string }): Promise<Page> => session.pageAs(account.login);

  it('a reviewer registers, reviews and submits; another account approves and issues the letter', { timeout: 300_000 }, async () => {
    // Both signed in at the same time, each in their own browser context.
    const reviewer = await pageAs(REVIEWER);
    const approver = await pageAs(APPROVER);
    await approver.goto(session.url('#/'));
    await new Shell(approver).waitForUser(APPROVER.name);

    // ── Reviewer: register the matter through the form.
    const form = new RegistrationForm(reviewer);
    await form.open(session.url());
    await new Shell(reviewer).waitForUser(REVIEWER.name);
    await form.fill({ title: TITLE, type: '村集体经济合同', unit: '东风村股份经济合作社' });
    await form.submitByKeyboard();
    const { id: matterId } = app.core.db.prepare('SELECT id FROM matters WHERE title = ?').get(TITLE) as { id: number };

    // Registered by a reviewer, the matter is assigned to them (分办 to oneself).
    const documents = new DocumentsTab(reviewer);
    await documents.open(session.url(), matterId);
    await reviewer.getByTestId('assigned-reviewer').filter({ hasText: REVIEWER.name }).waitFor();

    // ── Reviewer: import the DOCX.
    await documents.upload({ name: '房屋租赁合同(农村).docx', mimeType: DOCX_MIME, buffer: readFileSync(LEASE_FIXTURE) });
    await documents.waitImported('房屋租赁合同(农村).docx');

    // ── Reviewer: the checklist by keyboard, every item 通过.
    await openReview(reviewer, session.url(), matterId);
    await documentBlock(reviewer, PARAGRAPH).waitFor();
    const template = (await callAs(app.core, REVIEWER.login, 'review.get', { matterId })).template;
    const items = CHECKLIST_DIMENSIONS.flatMap((d) => template.items.filter((i) => i.dimension === d));
    await expect.poll(() => reviewer.evaluate(() => globalThis.document.activeElement?.getAttribute('data-item'))).toBe(items[0]!.id);
    for (let i = 0; i < items.length; i++) {
      await reviewer.keyboard.press('1');
      if (i < items.length - 1) await reviewer.keyboard.press('ArrowDown');
    }
    await expect.poll(() => reviewer.getByTestId('review-progress').textContent()).toBe(`已完成 ${items.length} / ${items.length}`);

    // ── Reviewer: an opinion anchored on a sentence selected with the mouse.
    await selectWithMouse(reviewer, PARAGRAPH, SENTENCE);
    await reviewer.getByRole('button', { name: '引用为意见' }).click();
    const editor = opinionEditor(reviewer);
    await editor.waitFor();
    await editor.getByLabel('意见内容').fill(OPINION);
    await editor.getByText('必须修改').click();
    await editor.getByLabel('法律依据').fill('《中华人民共和国民法典》第510条');
    await saveOpinion(editor);
    await documentBlock(reviewer, PARAGRAPH).locator('mark').waitFor();

    // ── Reviewer: conclude and submit. No names to type: the signed-in account signs.
    await reviewer.getByRole('tab', { name: '结论与签批' }).click();
    await reviewer.getByText('修改后合法', { exact: true }).click();
    await reviewer.getByLabel('结论说明（意见书中的总体意见）').fill('该合同经修改后合法。');
    await reviewer.getByRole('button', { name: '保存结论' }).click();
    await reviewer.getByText('结论尚未保存').waitFor({ state: 'hidden' });
    expect(await reviewer.getByRole('textbox', { name: '审查人', exact: true }).count()).toBe(0);
    await reviewer.getByRole('button', { name: '提交签批' }).click();
    await reviewer.getByText('审查已提交签批，内容已锁定；签批人退回后才能修改。').first().waitFor();
    // A reviewer without the approver role gets no approve/return buttons.
    await reviewer.getByText('等待签批人签批。').waitFor();
    expect(await reviewer.getByRole('button', { name: '签批通过' }).count()).toBe(0);
    await reviewer.screenshot({ path: screenshotPath('signoff-01-reviewer-submitted') });

    // ── Approver: sees who submitted, approves.
    await openReview(approver, session.url(), matterId);
    await approver.getByRole('tab', { name: '结论与签批' }).click();
    await approver.getByTestId('submitted-by').filter({ hasText: `提交人：${REVIEWER.name}` }).waitFor();
    await approver.getByRole('button', { name: '签批通过' }).click();
    const approve = approver.getByRole('dialog', { name: '签批通过' });
    await approve.getByLabel('签批意见（可选）').fill('同意。');
    await approve.getByRole('button', { name: '确认通过' }).click();
    await approve.waitFor({ state: 'hidden' });
    await approver.getByText('审查已签批通过，内容已锁定，不能再修改；如需更正请出具更正意见书。').first().waitFor();
    const history = approver.getByTestId('signoff-history');
    await history.getByText(REVIEWER.name, { exact: false }).waitFor();
    await history.getByText(APPROVER.name, { exact: false }).waitFor();
    await approver.screenshot({ path: screenshotPath('signoff-02-approved') });

    // ── Approver: issues the letter.
    const letters = new LettersTab(approver);
    await letters.open(session.url(), matterId);
    await letters.preview().getByText(OPINION).waitFor();
    const number = `郯司审〔${year}〕1号`;
    await letters.issue(number);
    await approver.screenshot({ path: screenshotPath('signoff-03-letter-issued'), fullPage: true });

    // The stored letter prints both people's display names, never a login or the OS user.
    const { bytes: letterBytes } = await downloadByButton(approver, '下载 DOCX');
    const { value: letterText } = await mammoth.extractRawText({ buffer: letterBytes });
    expect(letterText).toContain(number);
    expect(letterText).toContain(REVIEWER.name);
    expect(letterText).toContain(APPROVER.name);
    expect(letterText).not.toContain(REVIEWER.login);
    expect(letterText).not.toContain(APPROVER.login);

    // The 批注版: each comment's author is the reviewer who wrote the opinion.
    const { bytes: annotated } = await downloadByButton(approver, '导出批注版：房屋租赁合同(农村).docx');
    const comments = strFromU8(unzipSync(new Uint8Array(annotated))['word/comments.xml']!);
    expect(comments).toContain(OPINION);
    const authors = [...comments.matchAll(/w:author="([^"]*)"/g)].map((m) => m[1]);
    expect(authors.length).toBeGreaterThan(0);
    expect(new Set(authors)).toEqual(new Set([REVIEWER.name]));

    // What the server recorded: the accounts, not typed names.
    const review = await callAs(app.core, 'e2e', 'review.get', { matterId });
    expect(review.signoffs.map((s) => [s.action, s.actorName])).toEqual([
      ['submit', REVIEWER.name],
      ['approve', APPROVER.name],
    ]);
    expect(review.opinions[0]!.authorName).toBe(REVIEWER.name);
    expect(errors).toEqual([]);
  });

  it('refuses self-approval: the submitter sees approve/return disabled and the server refuses it too', async () => {
    const call = <M extends Method>(method: M, input: MethodInput<M>) => callAs(app.core, BOTH.login, method, input);
    const matter = await call('matters.create', { type: 'normative', title: '某县优化营商环境若干措施', submittingUnit: '县发展改革局', receivedOn: '2026-03-02' });
    const review = await call('review.start', { matterId: matter.id });
    for (const item of review.template.items) await call('review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' });
    await call('review.conclude', { matterId: matter.id, result: 'lawful', summary: null });
    await call('review.submit', { matterId: matter.id });

    const page = await pageAs(BOTH);
    await openReview(page, session.url(), matter.id);
    await page.getByRole('tab', { name: '结论与签批' }).click();
    await page.getByTestId('self-approval').filter({ hasText: '本次审查由您提交，须由另一位签批人签批通过或退回。' }).waitFor();
    expect(await page.getByRole('button', { name: '签批通过' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '退回' }).isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath('signoff-04-self-approval-refused') });
    await expect(call('review.approve', { matterId: matter.id })).rejects.toThrow(/review\.same-person/);

    // Another approver (the one from the first test) may approve it.
    await callAs(app.core, APPROVER.login, 'review.approve', { matterId: matter.id });
    await page.reload();
    await page.getByRole('tab', { name: '结论与签批' }).click();
    await page.getByText('审查已签批通过', { exact: false }).first().waitFor();
    expect(errors).toEqual([]);
  });
  it('reassigns a matter (转办) from the matter page, and 我的待办 shows it to the new reviewer', async () => {
    const matter = await callAs(app.core, 'e2e', 'matters.create', { type: 'contract', title: '某镇物业服务合同', submittingUnit: '镇政府', receivedOn: '2026-03-02' });
    const staff = await pageAs({ login: 'e2e' });
    await staff.goto(session.url(`#/matters/${matter.id}`));
    await staff.getByTestId('assigned-reviewer').filter({ hasText: 'e2e' }).waitFor();
    await staff.getByRole('button', { name: '分办/转办' }).click();
    const dialog = staff.getByRole('dialog', { name: '转办' });
    await chooseOption(staff, dialog.getByLabel('审查人'), `${REVIEWER.name}（${REVIEWER.login}）`);
    // 转办 needs a reason.
    await dialog.getByRole('button', { name: '确 定' }).click();
    await dialog.getByText('请填写理由').waitFor();
    await dialog.getByLabel('理由').fill('工作调整，改由王审查办理。');
    await dialog.getByRole('button', { name: '确 定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByTestId('assigned-reviewer').filter({ hasText: REVIEWER.name }).waitFor();
    expect((await callAs(app.core, 'e2e', 'matters.get', { id: matter.id })).reviewerName).toBe(REVIEWER.name);

    const reviewer = await pageAs(REVIEWER);
    await reviewer.goto(session.url('#/'));
    await reviewer.getByRole('heading', { name: '我的待办' }).waitFor();
    await reviewer.getByRole('row', { name: /某镇物业服务合同/ }).waitFor();
    await reviewer.screenshot({ path: screenshotPath('signoff-05-queue-mine') });
    // The staff account no longer has it under 分配给我的, but 全部 does.
    await staff.goto(session.url('#/'));
    await staff.getByRole('heading', { name: '我的待办' }).waitFor();
    await staff.getByText('没有分配给您的待办事项', { exact: false }).waitFor();
    await staff.getByText('全部', { exact: true }).click();
    await staff.getByRole('row', { name: /某镇物业服务合同/ }).waitFor();
    expect(errors).toEqual([]);
  });
});
