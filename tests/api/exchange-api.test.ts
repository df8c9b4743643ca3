import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/router.js';
import type { Core } from '../../main/core/core.js';
import { openCore } from '../../main/core/core.js';
import { callAs, LEASE_FIXTURE } from '../support/approved-matter.js';
import { contextAs } from '../support/accounts.js';
import { tableCounts } from '../support/core.js';
import { makeTempDir } from '../support/temp-dir.js';

/* The exchange methods through the router: roles, the two-step trust, export → preview → import. */

const temp = makeTempDir();
let unit: Core;
let sfs: Core;

beforeAll(async () => {
  unit = await openCore(`${temp.dir}/unit`);
  sfs = await openCore(`${temp.dir}/sfs`);
});
afterAll(() => {
  unit.close();
  sfs.close();
  temp.remove();
});

describe('exchange.* methods', () => {
  it('sets up, trusts after confirming, exports, previews and imports; history shows both sides', async () => {
    await callAs(unit, 'admin', 'exchange.office.setup', { name: '东风村民委员会', code: 'DFC', kind: 'unit' });
    const office = await callAs(sfs, 'admin', 'exchange.office.setup', { name: '城关司法所', code: 'CGS', kind: 'township-office' });
    expect(office.fingerprint).toMatch(/^([0-9A-F]{4}-){9}[0-9A-F]{4}$/);

    const unitKey = await callAs(unit, 'admin', 'exchange.office.exportKey', {});
    const ask = await dispatch('exchange.trust.add', { keyFile: unitKey.json }, await contextAs(sfs, 'admin'));
    expect(ask.ok).toBe(false);
    if (ask.ok) return;
    expect(ask.error.code).toBe('office.fingerprint-unconfirmed');
    const fp = /([0-9A-F]{4}-){9}[0-9A-F]{4}/.exec(ask.error.message)![0];
    await callAs(sfs, 'admin', 'exchange.trust.add', { keyFile: unitKey.json, confirmFingerprint: fp });
    const sfsKey = await callAs(sfs, 'admin', 'exchange.office.exportKey', {});
    await callAs(unit, 'admin', 'exchange.trust.add', { keyFile: sfsKey.json, confirmFingerprint: office.fingerprint });

    const matter = await callAs(unit, 'wang', 'matters.create', { type: 'village.contract', title: '租赁合同', submittingUnit: '东风村民委员会', receivedOn: new Date().toISOString().slice(0, 10) });
    await callAs(unit, 'wang', 'documents.import', { matterId: matter.id, fileName: 'lease.docx', content: readFileSync(LEASE_FIXTURE) });
    const file = await callAs(unit, 'wang', 'exchange.package.export', { kind: 'submission', to: 'CGS', matterId: matter.id });
    expect(file.encrypted).toBe(true);
    expect(file.fileName).toMatch(/^送审-.*\.rdpkg$/);

    const preview = await callAs(sfs, 'wang', 'exchange.package.preview', { content: Buffer.from(file.content) });
    expect(preview.sender.code).toBe('DFC');
    expect(preview.alreadyImported).toBe(false);

    // A liaison may send but not take packages in.
    const before = tableCounts(sfs);
    const liaison = await dispatch('exchange.package.import', { content: Buffer.from(file.content) }, await contextAs(sfs, 'cun', ['liaison']));
    expect(liaison.ok ? null : liaison.error.code).toBe('auth.forbidden');
    const counts = tableCounts(sfs);
    expect({ ...counts, users: before.users, user_roles: before.user_roles, audit_log: before.audit_log }).toEqual(before);

    const imported = await callAs(sfs, 'wang', 'exchange.package.import', { content: Buffer.from(file.content) });
    expect(imported.imported).toBe(true);
    const history = await callAs(sfs, 'wang', 'exchange.history', {});
    expect(history.map((h) => [h.direction, h.kind, h.peerCode])).toEqual([['in', 'submission', 'DFC']]);
    expect((await callAs(unit, 'wang', 'exchange.history', {})).map((h) => h.direction)).toEqual(['out']);

    const bad = await dispatch('exchange.package.export', { kind: 'statistics', to: 'CGS' }, await contextAs(unit, 'wang'));
    expect(bad.ok ? null : bad.error.message).toContain('统计期间');
  });
});
