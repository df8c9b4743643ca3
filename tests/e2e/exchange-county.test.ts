import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportPackage } from '../../main/core/exchange/export-package.js';
import { importPackage } from '../../main/core/exchange/import-package.js';
import { exportKeyFile, setUpOffice } from '../../main/core/exchange/office-keys.js';
import { trustOffice } from '../../main/core/exchange/trust-list.js';
import { approvedMatter, callAs, LEASE_FIXTURE } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { downloadOf } from './pages/downloads.js';
import { makeOffice, type Office } from '../core/exchange/offices.js';

/*
 * A county 司法局's 收发 page: the 县级汇总 card adds up the 统计上报 of two townships, one of which chose
 * to include its documents; the county opens one of those files.
 */

const towns: Office[] = [];
const period = { from: '2026-01-01', to: '2026-12-31' };

const session = useE2eSession({
  // Playwright's default window, as before.
  page: { viewport: { width: 1280, height: 720 } },
  seed: async (app) => {
    session.onStop(() => towns.forEach((t) => t.dispose()));
    setUpOffice(app.core.db, 'e2e', { name: '某县司法局', code: 'XSFJ', kind: 'county-bureau' });
    const countyKey = exportKeyFile(app.core.db).json;
    const fp = (json: string) => (JSON.parse(json) as { fingerprint: string }).fingerprint;
    for (const [i, name] of ['城关司法所', '红花司法所'].entries()) {
      const town = await makeOffice(name, `T${i + 1}`, 'township-office');
      towns.push(town);
      const key = exportKeyFile(town.core.db).json;
      trustOffice(app.core.db, 'e2e', { keyFile: key, confirmFingerprint: fp(key), validUntil: null });
      trustOffice(town.core.db, 'admin', { keyFile: countyKey, confirmFingerprint: fp(countyKey), validUntil: null });
      await approvedMatter(town.core, `${name}审查的租赁合同`);
      if (i === 1) await callAs(town.core, '王审查', 'matters.create', { type: 'normative', title: '红花镇规范性文件', submittingUnit: '红花镇人民政府', receivedOn: '2026-04-01' });
      const pkg = exportPackage(town.core, 'admin', { kind: 'statistics', to: 'XSFJ', period, encrypt: true, includeDocuments: i === 0 });
      await importPackage(app.core.db, 'e2e', pkg.bytes);
    }
  },
});

describe('收发 page of a county: 县级汇总', () => {
  it('shows each township, the sum, and the files a township chose to include', async () => {
    const page = await session.pageAs();
    await page.goto(session.url('#/exchange'));
    await page.getByText('县级汇总（各司法所统计上报）').waitFor();
    await page.getByRole('row', { name: /城关司法所（T1）\s*1\b/ }).waitFor();
    await page.getByRole('row', { name: /红花司法所（T2）\s*2\b/ }).waitFor();
    expect((await page.getByTestId('county-total').textContent())?.trim()).toBe('3');
    await page.getByRole('row', { name: /^\s*合计\s+3\s+4\b/ }).waitFor();
    // Only the township that included documents can be expanded to its files.
    await page.getByRole('row', { name: /城关司法所（T1）/ }).getByRole('button').first().click();
    const link = page.getByRole('button', { name: /lease\.docx$/ });
    await link.waitFor();
    await page.screenshot({ path: screenshotPath('exchange-07-county'), fullPage: true });
    const download = await downloadOf(page, () => link.click());
    expect(download.name).toMatch(/lease\.docx$/);
    expect(download.bytes.equals(readFileSync(LEASE_FIXTURE))).toBe(true);
    expect(session.errorsOf(page)).toEqual([]);
  });
});
