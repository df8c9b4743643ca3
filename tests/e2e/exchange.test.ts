import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../main/core/core.js';
import { importDocument } from '../../main/core/documents/document-service.js';
import { exportPackage } from '../../main/core/exchange/export-package.js';
import { exportKeyFile, setUpOffice } from '../../main/core/exchange/office-keys.js';
import { trustOffice } from '../../main/core/exchange/trust-list.js';
import { createMatter } from '../../main/core/matters/matter-service.js';
import { todayIso } from '../../main/core/workflow/office-settings.js';
import { ensureAccount } from '../support/accounts.js';
import { LEASE_FIXTURE } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';

/*
 * The 收发 page of a 司法所 in the browser: set up the office, trust a unit after typing the fingerprint
 * read out on the phone, preview and import the unit's sealed 送审 package, refuse a changed one.
 */

let unit: Core;
const session = useE2eSession({
  // Playwright's default window, as before. Page errors only: the changed package is refused with 400s on purpose.
  page: { viewport: { width: 1280, height: 720 } },
  consoleErrors: false,
  seed: async () => {
    unit = await openCore(join(files, 'unit'));
    session.onStop(() => unit.close());
    await ensureAccount(unit, 'admin');
    setUpOffice(unit.db, 'admin', { name: '东风村民委员会', code: 'DFC', kind: 'unit' });
    writeFileSync(join(files, 'dfc.json'), exportKeyFile(unit.db).json);
  },
});
const files = session.tempDir('review-desk-exchange-e2e-');

describe('收发 page', () => {
  it('sets up the office, trusts a unit, previews and imports its package, refuses a changed one', async () => {
    const { app } = session;
    const page = await session.pageAs();
    await page.goto(session.url('#/exchange'));
    // An installation set up before exchange packages existed: the form comes filled in, 司法所 by default.
    // Wait for it before typing: the office settings arrive after the page, and typing earlier races them.
    await page.locator('.ant-select-content[title="司法所"]').waitFor();
    await page.getByLabel('单位名称').fill('城关司法所');
    await page.getByLabel('单位代码').fill('CGS');
    await page.getByRole('button', { name: '设置并生成密钥' }).click();
    const fingerprint = (await page.getByTestId('office-fingerprint').textContent())!.trim();
    expect(fingerprint).toMatch(/^([0-9A-F]{4}-){9}[0-9A-F]{4}$/);

    await page.getByTestId('trust-file').setInputFiles(join(files, 'dfc.json'));
    const unitFp = (JSON.parse(readFileSync(join(files, 'dfc.json'), 'utf8')) as { fingerprint: string }).fingerprint;
    await page.getByText(unitFp).first().waitFor();
    await page.getByPlaceholder('对方读出的指纹').fill(unitFp);
    await page.screenshot({ path: screenshotPath('exchange-01-confirm-fingerprint'), fullPage: true });
    await page.getByRole('button', { name: '确认信任' }).click();
    await page.getByRole('row', { name: /DFC/ }).waitFor();

    // The unit, offline, trusts the 司法所 and makes its package.
    trustOffice(unit.db, 'admin', { keyFile: exportKeyFile(app.core.db).json, confirmFingerprint: fingerprint, validUntil: null });
    const m = createMatter(unit.db, 'admin', { type: 'village.contract', title: '东风村集体土地租赁合同', submittingUnit: '东风村民委员会', township: null, contactName: null, contactPhone: null, receivedOn: todayIso(), dueOn: null, reviewerId: null, note: null });
    await importDocument(unit.db, 'admin', { matterId: m.id, fileName: '租赁合同.docx', bytes: readFileSync(LEASE_FIXTURE), role: 'submitted' }, { inline: true });
    const pkg = exportPackage(unit, 'admin', { kind: 'submission', to: 'CGS', matterId: m.id, encrypt: true });
    const good = join(files, 'ok.rdpkg');
    writeFileSync(good, pkg.bytes);
    const changed = Buffer.from(pkg.bytes);
    changed[changed.length >> 1] = changed[changed.length >> 1]! ^ 1;
    const bad = join(files, 'bad.rdpkg');
    writeFileSync(bad, changed);

    await page.getByTestId('package-file').setInputFiles(bad);
    await page.getByTestId('package-refusal').waitFor();
    expect(await page.getByTestId('package-refusal').textContent()).toMatch(/解密失败|改动|损坏/);

    await page.getByTestId('package-file').setInputFiles(good);
    await page.getByText('送审：东风村集体土地租赁合同').waitFor();
    await page.getByText(/登记送审事项「东风村集体土地租赁合同」/).waitFor();
    await page.screenshot({ path: screenshotPath('exchange-02-preview'), fullPage: true });
    await page.getByRole('button', { name: /^导\s?入$/ }).click();
    await page.getByRole('row', { name: /收到.*送审.*东风村民委员会/ }).waitFor();
    await page.screenshot({ path: screenshotPath('exchange-03-history'), fullPage: true });
    expect(app.core.db.prepare('SELECT title FROM matters').all()).toEqual([{ title: '东风村集体土地租赁合同' }]);
    expect(session.errorsOf(page)).toEqual([]);
  });
});
