import { describe, expect, it } from 'vitest';
import type { Method, MethodInput, MethodOutput } from '../../shared/contract/index.js';
import { callAs } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { downloadOf } from './pages/downloads.js';

describe('checklist templates and libraries in the browser', () => {
  const session = useE2eSession({ page: { viewport: { width: 1500, height: 950 } } });
  const api = <M extends Method>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => callAs(session.app.core, 'e2e', method, input);

  it('copies a built-in template, adds an item, saves a new version as default, exports and imports it', async () => {
    const page = await session.pageAs();
    const errors = session.errorsOf(page);
    await page.goto(session.url('#/templates'));
    await page.getByRole('heading', { name: '审查清单与资料库' }).waitFor();

    const builtin = (await api('templates.list', { matterType: 'village.rules' }))[0]!;
    const builtinRow = page.getByRole('row', { name: new RegExp(builtin.title) });
    await builtinRow.getByRole('button', { name: '复制为本单位模板' }).click();
    const copyDialog = page.getByRole('dialog', { name: '复制为本单位模板' });
    expect(await copyDialog.getByLabel('新模板编号').inputValue()).toBe('office.village.rules');
    await copyDialog.getByLabel('单位名称').fill('红花镇司法所');
    await copyDialog.getByRole('button', { name: '复 制' }).click();
    // The dialog closes only when the copy succeeded (a refused field keeps it open with the reason under it).
    await copyDialog.waitFor({ state: 'hidden' });

    // The copy opens in the editor at version 1; add an office item and move it up one place.
    const drawer = page.locator('.ant-drawer-body');
    await drawer.getByText('编号 office.village.rules · 版本 1').waitFor();
    await drawer.getByRole('button', { name: '添加审查要点' }).click();
    const itemDialog = page.getByRole('dialog', { name: '添加审查要点' });
    await itemDialog.getByLabel('要点编号').fill('HH-01');
    await itemDialog.getByLabel('审查问题').fill('是否已经镇司法所预审？');
    await itemDialog.getByLabel('审查指引').fill('本镇要求村规民约提交村民会议表决前先经司法所预审。');
    await itemDialog.getByLabel('法律依据').fill('vco-27');
    await page.locator('.ant-select-item-option', { hasText: 'vco-27' }).click();
    await itemDialog.getByLabel('必查要点').click();
    await itemDialog.getByRole('button', { name: '确 定' }).click();
    await itemDialog.waitFor({ state: 'hidden' });
    const rows = drawer.locator('tbody tr');
    const count = await rows.count();
    await expect.poll(() => rows.nth(count - 1).textContent()).toContain('HH-01');
    await rows.nth(count - 1).getByRole('button', { name: '上移' }).click();
    await expect.poll(() => rows.nth(count - 2).textContent()).toContain('HH-01');
    await drawer.getByText('保存后设为该类事项的默认清单').click();
    await page.screenshot({ path: screenshotPath('review-templates-02-editor') });
    await drawer.getByRole('button', { name: '保存为版本 2' }).click();
    await drawer.getByText('编号 office.village.rules · 版本 2').waitFor();

    const saved = await api('templates.get', { id: 'office.village.rules' });
    expect(saved).toMatchObject({ version: 2, source: 'office', office: '红花镇司法所', derivedFrom: { id: builtin.id } });
    const hh = saved.items.findIndex((i) => i.id === 'HH-01');
    expect(hh).toBe(saved.items.length - 2);
    expect(saved.items[hh]).toMatchObject({ required: true, basis: ['vco-27'], certainty: 'practice', dimension: 'content' });
    const list = await api('templates.list', { matterType: 'village.rules' });
    expect(list.find((x) => x.id === 'office.village.rules')?.isDefault).toBe(true);
    // A new review of the type starts from the office default.
    const matter = await api('matters.create', { type: 'village.rules', title: '某村村规民约', submittingUnit: '某村村委会', receivedOn: '2025-05-06' });
    expect((await api('review.start', { matterId: matter.id })).template).toMatchObject({ id: 'office.village.rules', version: 2 });

    // Export downloads the file; importing it under another id adds a template; a broken file is refused in Chinese.
    await page.locator('.ant-drawer-close').click();
    const officeRow = page.getByRole('row').filter({ hasText: 'office.village.rules' });
    const download = await downloadOf(page, () => officeRow.getByRole('button', { name: '导出' }).click());
    expect(download.name).toBe('office.village.rules-v2.checklist.json');
    const exported = JSON.parse(download.bytes.toString('utf8'));
    expect(exported.template.items.map((i: { id: string }) => i.id)).toContain('HH-01');
    exported.template.id = 'shared-from-other-office';
    const input = page.getByTestId('template-import-input');
    await input.setInputFiles({ name: 'shared.checklist.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.getByRole('row').filter({ hasText: 'shared-from-other-office' }).waitFor();
    expect((await api('templates.get', { id: 'shared-from-other-office' })).items).toHaveLength(saved.items.length);
    exported.template.id = 'broken';
    exported.template.items[0].basis = ['no-such-basis'];
    await input.setInputFiles({ name: 'broken.checklist.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.locator('.ant-alert-error').getByText(/模板引用了法律依据库中不存在的依据/).waitFor();
    await expect(api('templates.get', { id: 'broken' })).rejects.toThrow(/找不到/);
    await page.screenshot({ path: screenshotPath('review-templates-01-list') });

    // The legal-basis library says that summaries are not statute text.
    await page.getByRole('tab', { name: '法律依据库' }).click();
    await page.getByText('不是法条原文').first().waitFor();
    await page.getByLabel('按法律名称、简称、条号或内容检索，如“组织法 27”').fill('组织法 27');
    const hit = page.getByRole('row', { name: /中华人民共和国村民委员会组织法.*第27条/ });
    await hit.first().waitFor();
    expect(await hit.first().textContent()).toMatch(/要点摘要|法条原文/);
    await page.screenshot({ path: screenshotPath('review-templates-03-basis-library') });

    // The office adds its own entry; it starts as an unverified summary, never as statute text.
    await page.getByRole('button', { name: '新增依据' }).click();
    const entryDialog = page.getByRole('dialog', { name: '新增依据' });
    await entryDialog.getByLabel('依据编号').fill('hh-guide-3');
    await entryDialog.getByLabel('法律法规').fill('红花镇村规民约备案工作指引');
    await entryDialog.getByLabel('条款').fill('第3条');
    await entryDialog.getByLabel('内容', { exact: true }).fill('村规民约经村民会议通过后十日内报镇人民政府备案。');
    await entryDialog.getByRole('button', { name: '确 定' }).click();
    await entryDialog.waitFor({ state: 'hidden' });
    await page.getByLabel('按法律名称、简称、条号或内容检索，如“组织法 27”').fill('红花镇 备案');
    await page.getByRole('row', { name: /红花镇村规民约备案工作指引.*第3条.*要点摘要/ }).waitFor();
    const [entry] = await api('library.basis.search', { query: 'hh-guide-3' });
    expect(entry).toMatchObject({ id: 'hh-guide-3', verbatim: false, certainty: 'unverified', article: '第3条' });
    // The one refused import is the only failed request the page saw.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });

  it('keeps the office name typed in the copy dialog when the remembered one arrives late', async () => {
    // The person copied a template before, so the office name they used is remembered; on a slow PC that answer
    // comes after they opened the dialog and started typing. It used to reset the whole form (the id too).
    await api('preferences.set', { templateOffice: '旧单位司法所' });
    const page = await session.pageAs();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/rpc/preferences.get', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(session.url('#/templates'));
    await page.getByRole('heading', { name: '审查清单与资料库' }).waitFor();
    const builtin = (await api('templates.list', { matterType: 'normative' })).find((t) => t.source === 'builtin')!;
    await page.getByRole('row', { name: new RegExp(builtin.title) }).getByRole('button', { name: '复制为本单位模板' }).click();
    const dialog = page.getByRole('dialog', { name: '复制为本单位模板' });
    const newId = dialog.getByLabel('新模板编号');
    const office = dialog.getByLabel('单位名称');
    await expect.poll(() => newId.inputValue()).toBe('office.normative');
    await newId.fill('office.normative.hh');
    await office.fill('红花镇司法所');
    const answered = page.waitForResponse('**/api/rpc/preferences.get');
    release();
    await answered;
    await page.unroute('**/api/rpc/preferences.get');
    // Let the answer reach the form, then check nothing was reset.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(await office.inputValue()).toBe('红花镇司法所');
    expect(await newId.inputValue()).toBe('office.normative.hh');
    await dialog.getByRole('button', { name: '取 消' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Untouched, the remembered name fills in when it arrives.
    await page.getByRole('row', { name: new RegExp(builtin.title) }).getByRole('button', { name: '复制为本单位模板' }).click();
    await expect.poll(() => office.inputValue()).toBe('旧单位司法所');
    await dialog.getByRole('button', { name: '取 消' }).click();
  });
});
