import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Method, MethodInput, MethodOutput, StoredFinding } from '../../shared/contract/index.js';
import { SEVERITIES } from '../../shared/domain/matter.js';
import { callAs } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { documentBlock, openReview } from './pages/review-page.js';

/** A filled-in lease with risky clauses: the pre-checks find several problems in it. */
const RISKY_LEASE = join(import.meta.dirname, '..', 'fixtures', 'docx', 'zh-contract-lease-filled-risky-01.docx');
const REASON = '争议解决方式已在补充协议 (Annex A) 中约定，不再重复。';

/** The order the panel shows open findings in: most serious first, then by place in the document. */
function shownOrder(findings: StoredFinding[]): StoredFinding[] {
  return SEVERITIES.flatMap((s) =>
    findings.filter((f) => f.state === 'open' && f.severity === s).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.id - b.id),
  );
}

describe('pre-check findings in the review workspace', () => {
  const session = useE2eSession();
  const api = <M extends Method>(method: M, input: MethodInput<M>) => callAs(session.app.core, '王审查', method, input);

  async function contractWithFindings(title: string) {
    const matter = await api('matters.create', { type: 'contract', title, submittingUnit: '东风村股份经济合作社', receivedOn: '2026-03-02' });
    const { document } = await api('documents.import', {
      matterId: matter.id,
      fileName: '门面房租赁合同.docx',
      content: readFileSync(RISKY_LEASE),
    });
    const findings: MethodOutput<'findings.list'> = await api('findings.list', { documentId: document.id });
    return { matter, document, findings };
  }

  async function openFindings(matterId: number): Promise<{ page: Page; errors: string[] }> {
    const page = await session.pageAs();
    await openReview(page, session.url(), matterId);
    await documentBlock(page, 0).waitFor();
    return { page, errors: session.errorsOf(page) };
  }

  /** The text of every piece of the document that carries `attr~=id` (a range may be cut by other marks). */
  const markedText = (page: Page, attr: 'data-finding' | 'data-op', id: number) =>
    page.locator(`[data-testid="review-document"] [${attr}~="${id}"]`).allTextContents().then((parts) => parts.join(''));

  it('lists the findings, highlights them, accepts one as an anchored opinion and remembers a dismissal', async () => {
    const { matter, document, findings } = await contractWithFindings('东风村门面房租赁合同');
    const order = shownOrder(findings);
    expect(order.length).toBeGreaterThanOrEqual(2);
    const detail = await api('documents.get', { id: document.id });
    for (const f of order) expect(detail.blocks[f.paragraph]!.text.slice(f.start, f.end)).toBe(f.excerpt);
    const rules = new Map((await api('rules.list', {})).map((r) => [r.id, r.title]));
    const toDismiss = order[0]!;
    const toAccept = order.at(-1)!;

    const { page, errors } = await openFindings(matter.id);
    await page.getByRole('tab', { name: `预检问题（${order.length}）` }).click();
    const cards = page.locator('[data-finding-card][data-state="open"]');
    await expect.poll(() => cards.count()).toBe(order.length);
    // Shown most serious first, each with its rule's title, message, excerpt, basis and draft opinion.
    expect(await cards.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-finding-card'))))).toEqual(order.map((f) => f.id));
    const acceptCard = page.locator(`[data-finding-card="${toAccept.id}"]`);
    const text = (await acceptCard.textContent()) ?? '';
    for (const part of [rules.get(toAccept.rule)!, toAccept.message, toAccept.excerpt, toAccept.basis, toAccept.suggestion]) expect(text).toContain(part);
    await page.getByText('不采纳的问题连同理由会被记住').waitFor();

    // Every open finding is underlined on its exact words, with the message as tooltip.
    for (const f of order) {
      await expect.poll(() => markedText(page, 'data-finding', f.id)).toBe(f.excerpt);
      const first = page.locator(`[data-testid="review-document"] [data-finding~="${f.id}"]`).first();
      expect(await first.getAttribute('title')).toContain(f.message);
      expect(await first.getAttribute('class')).toContain(`rd-finding-${f.severity}`);
    }
    // Clicking the excerpt in the list flashes the words in the document.
    await acceptCard.locator('.rd-finding-excerpt').click();
    await page.locator(`[data-testid="review-document"] .rd-flash[data-finding~="${toAccept.id}"]`).first().waitFor();
    const words = page.locator(`[data-testid="review-document"] [data-finding~="${toAccept.id}"]`).first();
    // ...after scrolling the document so that they are in view.
    const inView = async () => {
      const [pane, box] = await Promise.all([page.getByTestId('review-document').boundingBox(), words.boundingBox()]);
      return Boolean(pane && box && box.y >= pane.y && box.y + box.height <= pane.y + pane.height);
    };
    await expect.poll(inView).toBe(true);
    await page.screenshot({ path: screenshotPath('findings-01-list-and-highlights') });

    // The keyboard walks the list in the order shown.
    await page.locator(`[data-finding-card="${order[0]!.id}"]`).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => window.document.activeElement?.getAttribute('data-finding-card'))).toBe(String(order[1]!.id));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => window.document.activeElement?.getAttribute('data-finding-card'))).toBe(String(order[0]!.id));

    // Accept one, editing the suggested text first.
    await acceptCard.getByRole('button', { name: '修改后采纳' }).click();
    const acceptDialog = page.getByRole('dialog', { name: '采纳预检问题' });
    await acceptDialog.waitFor();
    const textbox = acceptDialog.getByRole('textbox', { name: '审查意见内容' });
    expect(await textbox.inputValue()).toBe(toAccept.suggestion);
    const edited = `${toAccept.suggestion}建议双方协商确定合理标准。`;
    await textbox.fill(edited);
    await page.screenshot({ path: screenshotPath('findings-02-accept-dialog') });
    await acceptDialog.getByRole('button', { name: '采纳为审查意见' }).click();
    await acceptDialog.waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: '审查意见（1）' }).waitFor();

    const accepted = (await api('findings.list', { documentId: document.id })).find((f) => f.id === toAccept.id)!;
    expect(accepted.state).toBe('accepted');
    const opinion = (await api('review.get', { matterId: matter.id })).opinions.find((o) => o.id === accepted.opinionId)!;
    expect(opinion).toMatchObject({ text: edited, severity: toAccept.severity, basis: toAccept.basis });
    expect(opinion.anchor).toEqual({ documentId: document.id, paragraph: toAccept.paragraph, start: toAccept.start, end: toAccept.end, quote: toAccept.excerpt });
    // Now shown as the opinion's highlight, no longer as a finding.
    await expect.poll(() => markedText(page, 'data-op', opinion.id)).toBe(toAccept.excerpt);
    expect(await page.locator(`[data-testid="review-document"] [data-finding~="${toAccept.id}"]`).count()).toBe(0);

    // Dismiss another by keyboard: d opens the dialog, which needs a reason; letters typed there are text.
    await page.locator(`[data-finding-card="${toDismiss.id}"]`).focus();
    await page.keyboard.press('d');
    const dismissDialog = page.getByRole('dialog', { name: '不采纳该预检问题' });
    await dismissDialog.waitFor();
    const confirm = dismissDialog.getByRole('button', { name: '确认不采纳' });
    expect(await confirm.isDisabled()).toBe(true);
    await dismissDialog.getByRole('textbox', { name: '不采纳的理由' }).click();
    await page.keyboard.type(REASON);
    expect(await dismissDialog.getByRole('textbox', { name: '不采纳的理由' }).inputValue()).toBe(REASON);
    await page.screenshot({ path: screenshotPath('findings-03-dismiss-dialog') });
    await confirm.click();
    await dismissDialog.waitFor({ state: 'hidden' });
    await expect
      .poll(async () => (await api('findings.list', { documentId: document.id })).find((f) => f.id === toDismiss.id))
      .toMatchObject({ state: 'dismissed', dismissReason: REASON });
    expect(await page.locator(`[data-testid="review-document"] [data-finding~="${toDismiss.id}"]`).count()).toBe(0);
    // Only the accepted finding became an opinion.
    expect((await api('review.get', { matterId: matter.id })).opinions).toHaveLength(1);

    // Checking again keeps the dismissal and its reason.
    await page.getByRole('button', { name: '重新检查' }).click();
    await page.getByText(`已重新检查，待处理 ${order.length - 2} 个`).waitFor();
    const after = await api('findings.list', { documentId: document.id });
    expect(after.find((f) => f.rule === toDismiss.rule && f.excerpt === toDismiss.excerpt)).toMatchObject({ state: 'dismissed', dismissReason: REASON });
    expect(after.find((f) => f.id === toAccept.id)).toMatchObject({ state: 'accepted', opinionId: opinion.id });
    expect(after.filter((f) => f.state === 'open')).toHaveLength(order.length - 2);
    await page.getByText('已处理（2）').click();
    await page.getByText(`不采纳，理由：${REASON}`).waitFor();
    await page.screenshot({ path: screenshotPath('findings-04-after-recheck') });
    // The accepted finding links to its opinion.
    await page.locator(`[data-finding-card="${toAccept.id}"]`).getByTestId('finding-outcome').filter({ hasText: '已采纳为第 1 条审查意见' }).click();
    await page.locator(`[data-opinion="${opinion.id}"].rd-opinion-active`).waitFor();
    expect(errors).toEqual([]);
  });

  it('disables accepting and dismissing while the review is submitted; once returned, a accepts by keyboard', async () => {
    const { matter, document, findings } = await contractWithFindings('西山村门面房租赁合同');
    const order = shownOrder(findings);
    expect(order.length).toBeGreaterThan(0);
    const review = await api('review.start', { matterId: matter.id });
    for (const item of review.template.items) await api('review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' });
    await api('review.conclude', { matterId: matter.id, result: 'lawful', summary: null });
    await api('review.submit', { matterId: matter.id });

    const { page, errors } = await openFindings(matter.id);
    await page.getByRole('tab', { name: /预检问题/ }).click();
    const card = page.locator(`[data-finding-card="${order[0]!.id}"]`);
    await card.waitFor();
    const panel = page.locator('.rd-findings');
    await panel.getByText('审查已提交签批，内容已锁定；签批人退回后才能修改。').waitFor();
    // (Button names start with their icon's label, e.g. "check 采纳".)
    for (const name of [/(^|\s)采纳$/, /修改后采纳$/, /不采纳$/]) expect(await card.getByRole('button', { name }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '重新检查' }).isDisabled()).toBe(true);
    // The shortcut says why instead of doing nothing.
    await card.focus();
    await page.keyboard.press('a');
    await page.locator('.ant-message').getByText('审查已提交签批，内容已锁定；签批人退回后才能修改。').waitFor();
    await page.screenshot({ path: screenshotPath('findings-05-locked') });
    expect((await api('findings.list', { documentId: document.id })).filter((f) => f.state === 'open')).toHaveLength(order.length);
    expect((await api('review.get', { matterId: matter.id })).opinions).toHaveLength(0);

    // Returned by the approver, the review is open again: a accepts the focused finding as suggested.
    await callAs(session.app.core, '李所长', 'review.return', { matterId: matter.id, comment: '请先处理预检问题。' });
    await page.reload();
    // Clicking the underlined words in the document opens the list on that finding, with focus.
    await page.locator(`[data-testid="review-document"] [data-finding~="${order[0]!.id}"]`).first().click();
    await expect.poll(() => page.evaluate(() => window.document.activeElement?.getAttribute('data-finding-card'))).toBe(String(order[0]!.id));
    expect(await card.getByRole('button', { name: /(^|\s)采纳$/ }).isDisabled()).toBe(false);
    await page.keyboard.press('a');
    await page.locator('.ant-message').getByText('已采纳为第 1 条审查意见').waitFor();
    const accepted = (await api('findings.list', { documentId: document.id })).find((f) => f.id === order[0]!.id)!;
    expect(accepted.state).toBe('accepted');
    const [opinion] = (await api('review.get', { matterId: matter.id })).opinions;
    expect(opinion).toMatchObject({ id: accepted.opinionId, text: order[0]!.suggestion, anchor: { quote: order[0]!.excerpt } });
    // The keyboard goes on with the next open finding.
    if (order[1]) await expect.poll(() => page.evaluate(() => window.document.activeElement?.getAttribute('data-finding-card'))).toBe(String(order[1]!.id));
    expect(errors).toEqual([]);
  });

  it('marks the words that triggered a finding inside the quoted clause, also after a reload (issue 13)', async () => {
    const matter = await api('matters.create', { type: 'village.rules', title: '东风村村规民约', submittingUnit: '东风村村民委员会', receivedOn: '2026-03-02' });
    const text = '东风村村规民约\n第一条 为维护本村秩序，经村民会议讨论通过，制定本村规民约。\n第五条 外嫁女及其子女不享受本村集体收益分配，户口须迁出本村。';
    const { document } = await api('documents.import', { matterId: matter.id, fileName: '村规民约.txt', content: Buffer.from(text) });
    const findings = await api('findings.list', { documentId: document.id });
    const women = findings.find((f) => f.rule === 'village-rules.married-out-women' && f.trigger);
    expect(women).toBeDefined();
    const blocks = (await api('documents.get', { id: document.id })).blocks;
    const words = blocks[women!.paragraph]!.text.slice(women!.trigger!.start, women!.trigger!.end);
    expect(words.length).toBeLessThan(women!.excerpt.length);

    const { page, errors } = await openFindings(matter.id);
    const check = async () => {
      await page.getByRole('tab', { name: /预检问题/ }).click();
      const card = page.locator(`[data-finding-card="${women!.id}"]`);
      await expect.poll(() => card.locator('[data-testid="finding-trigger"]').textContent()).toBe(words);
      // The whole clause is still quoted around the marked words.
      expect(await card.locator('.rd-finding-excerpt').textContent()).toBe(women!.excerpt);
    };
    await check();
    await page.screenshot({ path: screenshotPath('findings-07-trigger-marked') });
    await page.reload();
    await documentBlock(page, 0).waitFor();
    await check();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains every rule with its self-test precision and recall (预检规则说明)', async () => {
    const { matter } = await contractWithFindings('南湖村门面房租赁合同');
    const rules = await api('rules.list', {});
    const women = rules.find((r) => r.id === 'village-rules.married-out-women')!;
    expect(women.quality?.documents).toBeGreaterThan(0);
    const { page, errors } = await openFindings(matter.id);
    await page.getByRole('tab', { name: /预检问题/ }).click();
    await page.getByTestId('rules-guide-open').click();
    const dialog = page.getByRole('dialog', { name: '预检规则说明' });
    await dialog.getByText(women.title).waitFor();
    const row = dialog.locator('tr', { hasText: women.title });
    const shown = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x * 100)}%`);
    await expect.poll(() => row.textContent()).toContain(shown(women.quality?.precision));
    expect(await row.textContent()).toContain(`${women.quality!.documents} 份文件`);
    await page.screenshot({ path: screenshotPath('findings-06-rules-guide') });
    expect(errors).toEqual([]);
  });
});
