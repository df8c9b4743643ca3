import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../main/core/core.js';
import { exportPackage } from '../../main/core/exchange/export-package.js';
import { importPackage } from '../../main/core/exchange/import-package.js';
import { exportKeyFile, setUpOffice } from '../../main/core/exchange/office-keys.js';
import { trustOffice } from '../../main/core/exchange/trust-list.js';
import { ensureAccount } from '../support/accounts.js';
import { callAs, LEASE_FIXTURE } from '../support/approved-matter.js';
import { screenshotPath } from '../support/browser.js';
import { useE2eSession } from '../support/e2e-session.js';
import { downloadByButton } from './pages/downloads.js';

/*
 * The 收发 page of a 司法所 sends a matter to its counsel (协审) with a chosen receiver; the counsel answers
 * on their own installation while the 司法所 changes the same checklist item here; importing the reply
 * shows the conflict in the preview, the person chooses the counsel's answer, and the history shows both.
 */

let counsel: Core;
const TITLE = '东风村集体土地租赁合同（协审）';

function trustEachOther(a: Core, aActor: string, b: Core, bActor: string): void {
  const keyOfA = exportKeyFile(a.db).json;
  const keyOfB = exportKeyFile(b.db).json;
  const fp = (json: string) => (JSON.parse(json) as { fingerprint: string }).fingerprint;
  trustOffice(a.db, aActor, { keyFile: keyOfB, confirmFingerprint: fp(keyOfB), validUntil: null });
  trustOffice(b.db, bActor, { keyFile: keyOfA, confirmFingerprint: fp(keyOfA), validUntil: null });
}

const session = useE2eSession({
  // Playwright's default window, as before.
  page: { viewport: { width: 1280, height: 720 } },
  seed: async (app) => {
    setUpOffice(app.core.db, 'e2e', { name: '城关司法所', code: 'CGS', kind: 'township-office' });
    counsel = await openCore(join(files, 'counsel'));
    session.onStop(() => counsel.close());
    await ensureAccount(counsel, 'admin');
    await ensureAccount(counsel, 'zhao', ['counsel', 'reviewer'], { displayName: '赵顾问' });
    setUpOffice(counsel.db, 'admin', { name: '城关村居法律顾问', code: 'GW01', kind: 'counsel' });
    trustEachOther(app.core, 'e2e', counsel, 'admin');
    const matter = await callAs(app.core, 'e2e', 'matters.create', { type: 'village.contract', title: TITLE, submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' });
    await callAs(app.core, 'e2e', 'documents.import', { matterId: matter.id, fileName: '租赁合同.docx', content: readFileSync(LEASE_FIXTURE) });
  },
});
const files = session.tempDir('review-desk-exchange-consult-e2e-');

describe('收发 page: 协审 out, reply in with a conflict the person resolves', () => {
  it('exports to the chosen counsel, previews the reply with its conflict, takes the package on request, keeps the history', async () => {
    const { app } = session;
    const page = await session.pageAs();
    await page.goto(session.url('#/exchange'));
    await page.getByTestId('office-fingerprint').waitFor();

    // Export: kind 协审, the matter found by its title, the counsel chosen from the trust list.
    await page.getByRole('combobox', { name: '类型', exact: true }).click();
    await page.getByTitle('协审', { exact: true }).click();
    await page.getByRole('combobox', { name: '审查事项' }).fill('租赁合同（协审）');
    await page.getByTitle(new RegExp(TITLE.replace(/[（）]/g, '.'))).click();
    await page.getByRole('combobox', { name: '收件单位' }).click();
    await page.getByTitle('城关村居法律顾问（GW01）').click();
    await page.screenshot({ path: screenshotPath('exchange-04-export-consult'), fullPage: true });
    const download = await downloadByButton(page, /^导\s?出$/);
    expect(download.name).toMatch(/^协审-.*-GW01-\d{8}\.rdpkg$/);
    const consultFile = join(files, 'consult.rdpkg');
    writeFileSync(consultFile, download.bytes);
    await page.getByRole('row', { name: /发出.*协审.*城关村居法律顾问/ }).waitFor();

    // The counsel, offline, takes the consult in and answers the first checklist item.
    const got = await importPackage(counsel.db, 'zhao', readFileSync(consultFile), { inline: true });
    const counselMatter = got.matterId!;
    const review = await callAs(counsel, 'zhao', 'review.get', { matterId: counselMatter });
    const itemId = review.template.items[0]!.id;
    await callAs(counsel, 'zhao', 'review.answer', { matterId: counselMatter, itemId, status: 'problem', note: '顾问意见：租赁期限超过二十年' });
    const reply = exportPackage(counsel, 'zhao', { kind: 'consult-reply', to: 'CGS', matterId: counselMatter, encrypt: true });
    const replyFile = join(files, 'reply.rdpkg');
    writeFileSync(replyFile, reply.bytes);

    // Meanwhile the 司法所 answered the same item differently here.
    const matterId = (app.core.db.prepare('SELECT id FROM matters WHERE title = ?').get(TITLE) as { id: number }).id;
    await new Promise((r) => setTimeout(r, 5));
    await callAs(app.core, 'e2e', 'review.answer', { matterId, itemId, status: 'pass', note: '本所认为符合' });
    const before = app.core.db.prepare('SELECT status, note FROM checklist_answers WHERE matter_id = ? AND item_id = ?').get(matterId, itemId);
    expect(before).toEqual({ status: 'pass', note: '本所认为符合' });

    // Import: the preview names the conflict; nothing is written until the person chooses and imports.
    await page.getByTestId('package-file').setInputFiles(replyFile);
    await page.getByText(`协审回复：${TITLE}`).waitFor();
    await page.getByText('与本机修改冲突').waitFor();
    await page.getByText(new RegExp(`审查要点 ${itemId}「.+」：本机「通过：本所认为符合」／包内「有问题：顾问意见：租赁期限超过二十年」`)).waitFor();
    await page.screenshot({ path: screenshotPath('exchange-05-reply-conflict'), fullPage: true });
    expect(app.core.db.prepare('SELECT status, note FROM checklist_answers WHERE matter_id = ? AND item_id = ?').get(matterId, itemId)).toEqual(before);
    await page.getByLabel('采用包内内容').check();
    await page.getByRole('button', { name: /^导\s?入$/ }).click();
    await page.getByRole('row', { name: /收到.*协审回复.*城关村居法律顾问/ }).waitFor();
    await page.screenshot({ path: screenshotPath('exchange-06-history'), fullPage: true });

    expect(app.core.db.prepare('SELECT status, note FROM checklist_answers WHERE matter_id = ? AND item_id = ?').get(matterId, itemId)).toEqual({
      status: 'problem',
      note: '顾问意见：租赁期限超过二十年',
    });
    const audit = app.core.db.prepare("SELECT action, json_extract(after_json, '$.choice') AS choice FROM audit_log WHERE action LIKE 'package.%' ORDER BY id").all();
    expect(audit).toEqual([{ action: 'package.export', choice: null }, { action: 'package.import', choice: 'take-package' }]);
    expect(session.errorsOf(page)).toEqual([]);
  });
});
