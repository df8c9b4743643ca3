import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rendererBuildDir } from '../../main/core/paths.js';
import { defaultOfficeSettings } from '../../shared/domain/letter.js';
import { callAs, LEASE_FIXTURE } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { appShown, expectSameMarkup, holdApp, liteShown, missingLightRules, rootClasses } from './pages/lite-screen.js';
import { documentBlock, opinionEditor, workspaceTab } from './pages/review-page.js';

/*
 * Issue 20, "a 1280×720 laptop screen": every main page at 1280×720 and 1920×1080, with a screenshot of
 * each (tests/output/screenshots/screen-<size>-<page>.png), no horizontal overflow of the page, no label
 * or button cut short, the status column in view, no English UI words in the Chinese UI (text, titles,
 * placeholders and aria-labels); the 审查 tab with the opinion side panel open, its 保存 in the window;
 * and stored times shown in the office's zone in a browser whose own zone is far from it.
 */

const LONG_TITLE = '关于印发《红花镇农村集体经济组织成员资格认定及集体资产收益分配实施办法（试行）》的请示';

declare const document: {
  documentElement: { scrollWidth: number; clientWidth: number };
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): ArrayLike<{
    scrollWidth: number;
    clientWidth: number;
    textContent: string | null;
    getBoundingClientRect(): { width: number; right: number };
    getAttribute(name: string): string | null;
    matches(selector: string): boolean;
  }>;
  body: { innerText: string };
};
declare const window: { innerWidth: number; __rdInflight?: number; __rdQuiet?: number };

/** The screens of the menu and the matter page, by route. */
const SCREENS: [name: string, hash: (matterId: number) => string][] = [
  ['home', () => '#/'],
  ['matters', () => '#/matters'],
  ['new-matter', () => '#/matters/new'],
  ['batch-import', () => '#/batch-import'],
  ['incomplete', () => '#/matters/incomplete'],
  ['search', () => '#/search'],
  ['ledger', () => '#/ledger'],
  ['stats', () => '#/stats'],
  ['normative', () => '#/registry/normative'],
  ['decisions', () => '#/registry/decisions'],
  ['exchange', () => '#/exchange'],
  ['templates', () => '#/templates'],
  ['audit', () => '#/audit'],
  ['statutes', () => '#/statutes'],
  ['settings', () => '#/settings'],
  ['deadline-settings', () => '#/settings/deadlines'],
  ['holidays', () => '#/settings/holidays'],
  ['matter', (id) => `#/matters/${id}`],
  ['matter-documents', (id) => `#/matters/${id}/documents`],
  ['matter-letters', (id) => `#/matters/${id}/letters`],
  ['matter-workflow', (id) => `#/matters/${id}/workflow`],
  ['matter-casefile', (id) => `#/matters/${id}/casefile`],
];

/** Words of antd's English defaults and of English UI text that must not appear in the Chinese UI. */
// Not inside codes such as builtin.opinion or matter.update (shown as codes on purpose).
const ENGLISH_UI = /(?<![\w.])(No data|No Data|OK|Cancel|Search|Reset|Select|Submit|Upload|Loading|Page|items|Today|Now|Previous|Next|Confirm|Delete|Save|Edit|Close|opinions?|matters?|Filter|Download|Back|Total|Expand|Collapse|Clear|Please|Start date|End date)(?![\w.])/;

/** Counts the page's API calls in flight, so "settled" can mean: no call pending and no spinner. */
const COUNT_FETCHES = () => {
  const w = window as unknown as { __rdInflight: number; fetch: (...a: unknown[]) => Promise<unknown> };
  w.__rdInflight = 0;
  const original = w.fetch.bind(w);
  w.fetch = async (...args: unknown[]) => {
    w.__rdInflight++;
    try {
      return await original(...args);
    } finally {
      w.__rdInflight--;
    }
  };
};

/** Waits until the screen is quiet: no API call in flight and no spinner or skeleton, twice in a row. */
async function settled(page: Page) {
  await page.waitForFunction(
    () => {
      const busy = (window.__rdInflight ?? 0) > 0 || document.querySelector('main .ant-spin-spinning, main .ant-skeleton-active, main .ant-skeleton') !== null;
      window.__rdQuiet = busy ? 0 : (window.__rdQuiet ?? 0) + 1;
      return window.__rdQuiet >= 3;
    },
    undefined,
    { polling: 100 },
  );
}

/** What the layout checks find on the current screen. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    // Labels and buttons whose text does not fit their box (cut or ellipsised). Data cells may ellipsise on purpose.
    const labels = document.querySelectorAll(
      '.ant-form-item-label > label, button, .ant-tabs-tab-btn, .ant-menu-title-content, .ant-statistic-title, th.ant-table-cell, .ant-card-head-title, .ant-segmented-item-label, .ant-radio-button-wrapper, .ant-descriptions-item-label',
    );
    for (let i = 0; i < labels.length; i++) {
      const el = labels[i]!;
      // Pinned table cells draw their shadow outside the box, which scrollWidth counts: not a cut label.
      if (el.clientWidth === 0 || String((el as unknown as { className: unknown }).className).includes('cell-fix')) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`cut: “${(el.textContent ?? '').trim().slice(0, 30)}” (${el.scrollWidth} > ${el.clientWidth})`);
    }
    // Every status column header is within the window (pinned or not).
    const headers = document.querySelectorAll('main th.ant-table-cell');
    for (let i = 0; i < headers.length; i++) {
      const th = headers[i]!;
      if ((th.textContent ?? '').trim() === '状态' && th.getBoundingClientRect().right > window.innerWidth + 1) problems.push('状态 column off-screen');
    }
    return problems;
  });
}

/** English UI words in the rendered text, placeholders and titles of the Chinese UI. */
async function englishWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const attrs = document.querySelectorAll('main [placeholder], main [title]');
    const out = [document.body.innerText];
    for (let i = 0; i < attrs.length; i++) for (const n of ['placeholder', 'title']) out.push(attrs[i]!.getAttribute(n) ?? '');
    return out;
  });
  return texts.flatMap((t) => t.split('\n')).filter((line) => ENGLISH_UI.test(line));
}

/** Latin words allowed in an aria-label without Chinese: file formats, SHA-256 and the e2e account's login. */
const LATIN_ALLOWED = new Set(['PDF', 'DOCX', 'XLSX', 'ZIP', 'CSV', 'OCR', 'SHA', 'Word', 'WPS', 'Excel', 'e2e']);

/**
 * aria-labels with English words: what a screen reader says in the middle of the Chinese UI. antd writes
 * some of its own that no locale table changes ("Select all", "Select row 3", "segmented control"): the
 * app names them through props (the step arrows of number boxes, hard-coded in rc-input-number, through
 * NumberInput). Left out: antd icons, whose aria-label is the icon's name ("check", "close") beside the
 * button's own Chinese text.
 */
async function englishAriaLabels(page: Page): Promise<string[]> {
  const labels = await page.evaluate(() => {
    const els = document.querySelectorAll('[aria-label]');
    const out: string[] = [];
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      if (el.matches('span.anticon[role="img"]')) continue;
      out.push(el.getAttribute('aria-label') ?? '');
    }
    return out;
  });
  // A label with Chinese in it is Chinese (codes such as NS-01 or 事项 ID stay); one without is checked word by word.
  return [...new Set(labels)].filter((label) => !/\p{Script=Han}/u.test(label) && (label.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).some((word) => !LATIN_ALLOWED.has(word)));
}

/** Everything the checks find on the screen shown. */
async function screenProblems(page: Page): Promise<string[]> {
  return [
    ...(await layoutProblems(page)),
    ...(await englishWords(page)).map((w) => `English: ${w}`),
    ...(await englishAriaLabels(page)).map((w) => `English aria-label: ${w}`),
  ];
}

describe('every page at 1280×720 and 1920×1080', () => {
  let matterId = 0;
  const session = useE2eSession(async (app) => {
    await callAs(app.core, 'e2e', 'office.save', { settings: defaultOfficeSettings('郯城县红花镇司法所', '郯司审') });
    for (const [i, title] of [LONG_TITLE, '东风村村规民约（修订稿）', '红花镇人民政府关于农村人居环境整治的实施方案'].entries()) {
      const m = await callAs(app.core, 'e2e', 'matters.create', { type: i === 1 ? 'village.rules' : 'normative', title, submittingUnit: '红花镇人民政府党政综合办公室', township: '红花镇', receivedOn: '2026-03-02' });
      if (i === 0) matterId = m.id;
    }
    await callAs(app.core, 'e2e', 'matters.update', { id: matterId, changes: { contactName: '王某' }, reason: '补录联系人' });
    // The 审查 tab needs a document and a started review (seeded: the screens are what is tested here).
    await callAs(app.core, 'e2e', 'documents.import', { matterId, fileName: '房屋租赁合同.docx', content: readFileSync(LEASE_FIXTURE) });
    const review = await callAs(app.core, 'e2e', 'review.start', { matterId });
    // One item marked 有问题 (with a note), so its 起草意见 opens the side panel as a reviewer would.
    await callAs(app.core, 'e2e', 'review.answer', { matterId, itemId: review.template.items[0]!.id, status: 'problem', note: '制定依据未列明' });
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`${width}×${height}: no sideways page, no cut labels, 状态 in view, no English words or aria-labels; a screenshot each`, { timeout: 600_000 }, async () => {
      const page = await session.pageAs(undefined, { viewport: { width, height } });
      await page.addInitScript(COUNT_FETCHES);
      const found: Record<string, string[]> = {};
      await page.goto(session.url('#/'));
      for (const [name, hash] of SCREENS) {
        // In-app navigation (the hash), as a person moves between screens: no reload per screen.
        await page.evaluate((h) => {
          (globalThis as unknown as { location: { hash: string } }).location.hash = h;
        }, hash(matterId));
        await page.locator('main').first().waitFor();
        await settled(page);
        await page.screenshot({ path: screenshotPath(`screen-${width}x${height}-${name}`) });
        const problems = await screenProblems(page);
        if (problems.length) found[name] = problems;
      }

      // The 审查 tab as a reviewer works in it: the document beside the checklist, the opinion side panel open.
      await page.evaluate((h) => {
        (globalThis as unknown as { location: { hash: string } }).location.hash = h;
      }, `#/matters/${matterId}/review`);
      await workspaceTab(page).waitFor();
      await documentBlock(page, 0).waitFor();
      await page.getByRole('button', { name: /起草意见/ }).first().click();
      const editor = opinionEditor(page);
      await editor.waitFor();
      await settled(page);
      await page.screenshot({ path: screenshotPath(`screen-${width}x${height}-matter-review`) });
      const problems = await screenProblems(page);
      // 保存 of the side panel is inside the window, not below it.
      const save = (await editor.getByRole('button', { name: /保\s*存/ }).boundingBox())!;
      if (save.y < 0 || save.y + save.height > height || save.x + save.width > width) problems.push(`保存 outside the window: ${JSON.stringify(save)}`);
      if (problems.length) found['matter-review'] = problems;
      expect(found).toEqual({});
      expect(session.errors).toEqual([]);
    });
  }

  it('the sider folds to icons, stays folded after a reload (a preference in the archive), and stays in view on a long page', { timeout: 120_000 }, async () => {
    const page = await session.pageAs(undefined, { viewport: { width: 1280, height: 720 } });
    await page.goto(session.url('#/settings'));
    const sider = page.getByTestId('app-sider');
    await page.getByTestId('user-panel').waitFor();
    await page.locator('.ant-layout-sider-trigger').click();
    await page.getByTestId('user-panel').waitFor({ state: 'detached' });
    await expect.poll(async () => Math.round((await sider.boundingBox())!.width)).toBe(64);
    await page.reload();
    await page.getByRole('button', { name: 'e2e', exact: true }).waitFor();
    await expect.poll(async () => Math.round((await sider.boundingBox())!.width)).toBe(64);
    // Sticky and as tall as the window: scrolled to the bottom of the long settings page, the menu is still at the top.
    const style = await sider.evaluate((el) => {
      const g = globalThis as unknown as { getComputedStyle(e: unknown): { position: string }; innerHeight: number; scrollTo(x: number, y: number): void };
      g.scrollTo(0, 100_000);
      return { position: g.getComputedStyle(el).position, windowHeight: g.innerHeight };
    });
    expect(style.position).toBe('sticky');
    expect(Math.round((await sider.boundingBox())!.height)).toBe(style.windowHeight);
    expect((await sider.boundingBox())!.y).toBe(0);
    await page.locator('.ant-layout-sider-trigger').click();
    await page.getByTestId('user-panel').waitFor();
  });

  it('the home screen inserts no style tags (antd’s CSS variables come with the page); the queue scrolls sideways with 状态 pinned', { timeout: 120_000 }, async () => {
    const page = await session.pageAs(undefined, { viewport: { width: 1280, height: 720 } });
    // Issue 17: every <style> antd added while the first screen rendered was a style recalculation of the
    // page; the build writes them into index.html instead (renderer/vite-antd-css-vars.ts). Recorded here:
    // style elements added after the HTML was parsed and still in the page when the observer runs.
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __rdStyles: string[]; document: { readyState: string }; MutationObserver: new (cb: (ms: { addedNodes: ArrayLike<{ nodeName: string; isConnected: boolean; textContent: string | null }> }[]) => void) => { observe(n: unknown, o: object): void } };
      w.__rdStyles = [];
      new w.MutationObserver((mutations) => {
        if (w.document.readyState === 'loading') return;
        for (const m of mutations) for (let i = 0; i < m.addedNodes.length; i++) {
          const n = m.addedNodes[i]!;
          if (n.nodeName === 'STYLE' && n.isConnected) w.__rdStyles.push((n.textContent ?? '').slice(0, 80));
        }
      }).observe(w.document, { childList: true, subtree: true });
    });
    await page.goto(session.url('#/'));
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    await page.locator('main .ant-table').waitFor();
    await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (globalThis as unknown as { __rdStyles: string[] }).__rdStyles)).toEqual([]);
    await page.getByText('全部', { exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(LONG_TITLE.slice(0, 12)) });
    await row.waitFor();
    // The plain queue table (QueueTable.tsx): 1260 px in a narrower window, 状态 pinned at the right edge with
    // antd's shadow while there is more to the right, no shadow once scrolled to the end; the title opens the matter.
    const table = page.locator('main .ant-table');
    await expect.poll(() => table.getAttribute('class')).toContain('ant-table-fix-end-shadow-show');
    const status = page.getByRole('columnheader', { name: '状态' });
    expect(Math.round((await status.boundingBox())!.x + (await status.boundingBox())!.width)).toBeLessThanOrEqual(1280);
    await page.locator('main .ant-table-content').evaluate((el) => el.scrollTo({ left: 10_000 }));
    await expect.poll(() => table.getAttribute('class')).not.toContain('ant-table-fix-end-shadow-show');
    await row.getByRole('link', { name: LONG_TITLE }).click();
    await page.waitForURL(/#\/matters\/\d+\/workflow$/);
    expect(session.errorsOf(page)).toEqual([]);
  });

  it('the light first screen draws the home screen with no antd, exactly the app\u2019s markup and a stylesheet with every rule it can match, switches scope on its own, and a click that needs antd loads the app and reaches it', { timeout: 120_000 }, async () => {
    // Issue 17: antd stays out of the scripts the light screen loads (lite/lite-screen.tsx and its static
    // imports, as built). antd's CSS-in-JS writes the attribute data-rc-order: the app's chunks have it.
    const assets = join(process.env.REVIEW_DESK_RENDERER_DIR ?? rendererBuildDir(), 'assets');
    const read = (file: string) => readFileSync(join(assets, file), 'utf8');
    const entry = readdirSync(assets).find((f) => /^lite-screen-.*\.js$/.test(f));
    expect(entry).toBeDefined();
    const chunks = new Set<string>();
    const visit = (file: string) => {
      if (chunks.has(file)) return;
      chunks.add(file);
      for (const m of read(file).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(m[1]!);
    };
    visit(entry!);
    expect([...chunks].filter((f) => read(f).includes('data-rc-order'))).toEqual([]);
    expect(readdirSync(assets).some((f) => f.endsWith('.js') && read(f).includes('data-rc-order'))).toBe(true);

    // The app's own home screen (it replaced the light one once the page was left alone).
    const app = await session.pageAs(undefined, { viewport: { width: 1280, height: 720 } });
    await app.goto(session.url('#/'));
    await appShown(app);
    await app.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
    // The light screen, with the app's script held back.
    const page = await session.pageAs(undefined, { viewport: { width: 1280, height: 720 } });
    const held = await holdApp(page);
    await page.goto(session.url('#/'));
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    expect(await liteShown(page)).toBe(true);
    await expectSameMarkup(page, app);
    // Its own small stylesheet (renderer/vite-first-screen-css.ts) has every rule of the app's stylesheet
    // that its markup can match: a class it renders whose rules were left out fails here.
    const classes = await rootClasses(page);
    expect(classes.length).toBeGreaterThan(50);
    expect(missingLightRules(assets, classes)).toEqual([]);
    // 全部 works on the light screen itself (no antd), by the keyboard as antd's does: the reviewer picker
    // shows, drawn closed, as in the app.
    await page.getByRole('radio', { name: '我的' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('combobox', { name: '审查人' }).waitFor();
    await app.getByText('全部', { exact: true }).click();
    await app.getByRole('combobox', { name: '审查人' }).waitFor();
    await app.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
    await expectSameMarkup(page, app);
    expect(missingLightRules(assets, await rootClasses(page))).toEqual([]);
    // The picker needs antd's Select: the click is held, the app loads, takes over at 全部 and opens it.
    await page.getByRole('combobox', { name: '审查人' }).click();
    held.release();
    await appShown(page);
    await expect.poll(() => page.getByRole('combobox', { name: '审查人' }).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.getByRole('radio', { name: '全部' }).isChecked()).toBe(true);
    expect(session.errorsOf(page)).toEqual([]);
    expect(session.errorsOf(app)).toEqual([]);
  });

  it('stored times show in the office zone, not the browser zone; the time-zone screen changes it', { timeout: 120_000 }, async () => {
    // The browser is in Los Angeles; the office picks Kiritimati (UTC+14, no daylight saving) on the settings screen.
    const page = await session.pageAs(undefined, { timezoneId: 'America/Los_Angeles' });
    await page.goto(session.url('#/settings'));
    await page.getByTestId('office-zone').filter({ hasText: 'Asia/Shanghai' }).waitFor();
    await page.getByTestId('zone-select').click();
    await page.keyboard.type('Kiritimati');
    await page.locator('.ant-select-item-option', { hasText: 'Pacific/Kiritimati' }).click();
    await page.getByRole('button', { name: '保存时区' }).click();
    await page.getByTestId('office-zone').filter({ hasText: 'Pacific/Kiritimati' }).waitFor();

    const { at } = session.app.core.db.prepare('SELECT at FROM matter_corrections WHERE matter_id = ?').get(matterId) as { at: string };
    const inKiritimati = new Date(Date.parse(at) + 14 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    await page.goto(session.url(`#/matters/${matterId}`));
    await page.getByRole('cell', { name: inKiritimati }).waitFor();
    // And the audit page shows the same entry's second in the office zone.
    await page.goto(session.url('#/audit'));
    await page.getByRole('cell', { name: new RegExp(`^${inKiritimati}:\\d\\d$`) }).first().waitFor();
    await callAs(session.app.core, 'e2e', 'system.clock.set', { timeZone: 'Asia/Shanghai' });
    expect(session.errors).toEqual([]);
  });
});
