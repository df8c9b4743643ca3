import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/router.js';
import type { Method, MethodInput, MethodOutput } from '../../shared/contract/index.js';
import { contextAs } from '../support/accounts.js';
import type { TestApp } from '../support/app-server.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { chooseByLabel } from './pages/antd.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'docx');
const bytes = (name: string) => readFileSync(join(FIXTURES, name));

describe('full-text search in the browser', () => {
  let page: Page;
  let errors: string[];

  async function rpc<M extends Method>(app: TestApp, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await dispatch(method, input, await contextAs(app.core, 'seed'));
    if (!result.ok) throw new Error(result.error.message);
    return result.value as MethodOutput<M>;
  }
  async function seed(app: TestApp, matter: MethodInput<'matters.create'>, file: string, fileName: string): Promise<number> {
    const m = await rpc(app, 'matters.create', matter);
    await rpc(app, 'documents.import', { matterId: m.id, role: 'submitted', fileName, content: bytes(file) });
    return m.id;
  }
  /** Hits in the list: each hit's article and the texts of its <mark> elements. */
  async function hits(): Promise<{ title: string; marks: string[] }[]> {
    const articles = page.locator('article.rd-search-hit');
    const out = [];
    for (let i = 0; i < (await articles.count()); i++) {
      const a = articles.nth(i);
      out.push({ title: (await a.getAttribute('aria-label'))!, marks: await a.locator('mark').allTextContents() });
    }
    return out;
  }
  async function search(q: string): Promise<void> {
    const box = page.getByLabel(/输入检索词/);
    await box.fill(q);
    await box.press('Enter');
    await page.waitForURL(new RegExp(`q=${encodeURIComponent(q)}`));
    await page.getByRole('status').filter({ hasText: /共 \d+ 个结果/ }).waitFor();
  }

  const session = useE2eSession({
    page: { viewport: { width: 1400, height: 900 } },
    seed: async (app) => {
      await seed(app, { type: 'village.contract', title: '东风村集体房屋租赁合同', submittingUnit: '东风村民委员会', receivedOn: '2023-06-01' }, 'zh-contract-lease-std-01.docx', '房屋租赁合同.docx');
      await seed(app, { type: 'normative', title: '甘井子区总部经济扶持办法（试行）', submittingUnit: '甘井子区发展和改革局', receivedOn: '2024-03-01' }, 'zh-normative-hq-economy-01.docx', '总部经济扶持办法.docx');
      await seed(app, { type: 'village.other', title: '红星村付款通知书', submittingUnit: '红星村民委员会', receivedOn: '2024-04-02' }, 'zh-form-payment-notice-01.docx', '付款通知书.docx');
    },
  });
  beforeAll(async () => {
    page = await session.pageAs();
    errors = session.errorsOf(page);
    await page.goto(session.url('#/search'));
    await page.getByRole('heading', { name: '全文检索' }).waitFor();
  });

  it('finds a 2-character term in a title and in the text, highlighted', async () => {
    await search('总部');
    await page.getByText('共 2 个结果').waitFor();
    const found = await hits();
    expect(found).toHaveLength(2);
    // The matter title and the document both match; every highlight is the query itself.
    expect(found.every((h) => h.title === '甘井子区总部经济扶持办法（试行）')).toBe(true);
    expect(found.flatMap((h) => h.marks)).toEqual(['总部', '总部']);
    expect(await page.getByText('总部经济扶持办法.docx').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('search-two-characters'), fullPage: true });
  });

  it('finds a 1-character term across documents and narrows by type, unit and year', async () => {
    await search('税');
    const all = await hits();
    expect(all.map((h) => h.title).sort()).toEqual(['东风村集体房屋租赁合同', '甘井子区总部经济扶持办法（试行）', '红星村付款通知书']);
    expect(all.every((h) => h.marks.length === 1 && h.marks[0] === '税')).toBe(true);
    await page.screenshot({ path: screenshotPath('search-one-character'), fullPage: true });

    await page.getByLabel('收件年份').fill('2023');
    await page.getByLabel('收件年份').press('Enter');
    await page.waitForURL(/year=2023/);
    await expect.poll(async () => (await hits()).map((h) => h.title)).toEqual(['东风村集体房屋租赁合同']);
    await page.getByLabel('收件年份').fill('');
    await page.getByLabel('收件年份').press('Enter');
    await page.waitForURL((url) => !url.hash.includes('year='));

    await page.getByLabel('送审单位').fill('红星');
    await page.getByLabel('送审单位').press('Enter');
    await expect.poll(async () => (await hits()).map((h) => h.title)).toEqual(['红星村付款通知书']);
    await page.getByLabel('送审单位').fill('');
    await page.getByLabel('送审单位').press('Enter');

    await chooseByLabel(page, '事项类型', '行政规范性文件');
    await expect.poll(async () => (await hits()).map((h) => h.title)).toEqual(['甘井子区总部经济扶持办法（试行）']);
  });

  it('opens a hit in the reading view at the matching paragraph', async () => {
    await page.goto(session.url(`#/search?q=${encodeURIComponent('损赔额')}`));
    const hit = page.locator('article.rd-search-hit').first();
    await hit.locator('mark', { hasText: '损赔额' }).waitFor();
    await hit.locator('.rd-snippet-link').click();
    await page.waitForURL(/#\/matters\/\d+\/documents\/doc-\d+-b\d+$/);
    const target = page.locator('.rd-reading .rd-block-target');
    await target.waitFor();
    expect(await target.textContent()).toContain('损赔额');
    expect(await target.evaluate((el) => el.closest('td') !== null)).toBe(true);
    await page.screenshot({ path: screenshotPath('search-open-hit') });
    expect(errors).toEqual([]);
  });

  it('counts every hit in a document and steps through them to the right paragraph', async () => {
    await page.goto(session.url(`#/search?q=${encodeURIComponent('租金')}`));
    const hit = page.locator('article.rd-search-hit', { hasText: '房屋租赁合同.docx' });
    await hit.getByTestId('hit-count').waitFor();
    const result = await rpc(session.app, 'search.query', { query: '租金' });
    const doc = result.hits.find((h) => h.fileName === '房屋租赁合同.docx')!;
    expect(doc.matchCount).toBeGreaterThan(1);
    expect(await hit.getByTestId('hit-count').textContent()).toBe(`本文共 ${doc.matchCount} 处匹配`);
    expect(await hit.getByTestId('hit-position').textContent()).toBe(`第 1/${doc.occurrences.length} 处`);
    await hit.getByRole('button', { name: '下一处' }).click();
    expect(await hit.getByTestId('hit-position').textContent()).toBe(`第 2/${doc.occurrences.length} 处`);
    expect(await hit.locator('.rd-snippet-link').getAttribute('href')).toMatch(new RegExp(`-b${doc.occurrences[1]!.blockIndex}$`));
    await page.screenshot({ path: screenshotPath('search-every-hit') });
    expect(errors).toEqual([]);
  });
});
