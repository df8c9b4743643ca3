import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { LetterRequest } from '../../../shared/contract/letters.js';
import { listReportFiles, readReportFile } from '../../../main/core/exchange/county-files.js';
import { countyStatistics } from '../../../main/core/exchange/county-statistics.js';
import { exportPackage } from '../../../main/core/exchange/export-package.js';
import { importPackage, previewPackage } from '../../../main/core/exchange/import-package.js';
import { describePackage } from '../../../main/core/exchange/package-file.js';
import { issueLetter, letterFile } from '../../../main/core/letters/letter-service.js';
import { approvedMatter, callAs, LEASE_FIXTURE } from '../../support/approved-matter.js';
import { tableCounts } from '../../support/core.js';
import { makeOffice, trust, type Office } from './offices.js';

/*
 * 统计上报 travels without documents unless the township chooses to include them; when it does, the
 * county keeps every document and issued letter of the period's matters, byte for byte.
 */

let county: Office;
let town: Office;
const period = { from: '2026-01-01', to: '2026-12-31' };
let letterSha: string;

beforeAll(async () => {
  county = await makeOffice('某县司法局', 'XSFJ', 'county-bureau');
  town = await makeOffice('城关司法所', 'CGS', 'township-office');
  trust(county, town);
  trust(town, county);
  const { matter } = await approvedMatter(town.core);
  const letter = await issueLetter(town.core.db, 'admin', LetterRequest.parse({ matterId: matter.id, kind: 'legality-opinion' }));
  letterSha = letter.sha256;
});
afterAll(() => {
  county?.dispose();
  town?.dispose();
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('统计上报 with or without documents', () => {
  it('carries no documents unless chosen', async () => {
    const pkg = exportPackage(town.core, 'admin', { kind: 'statistics', to: 'XSFJ', period, encrypt: false });
    const d = describePackage(pkg.bytes);
    if (d.sealed) throw new Error('expected a plain package');
    expect(d.manifest.parts.map((p) => p.path)).toEqual(['data.json']);
    await importPackage(county.core.db, 'admin', pkg.bytes);
    const stats = countyStatistics(county.core.db, period);
    expect(stats.offices.map((o) => [o.code, o.total, o.files])).toEqual([['CGS', 1, 0]]);
    expect(listReportFiles(county.core.db, stats.offices[0]!.packageId)).toEqual([]);
  });

  it('carries the documents and the issued letter when chosen (through the router), and the county can open them', async () => {
    const out = await callAs(town.core, 'admin', 'exchange.package.export', { kind: 'statistics', to: 'XSFJ', period, encrypt: true, includeDocuments: true });
    const bytes = Buffer.from(out.content);
    const preview = previewPackage(county.core.db, bytes);
    expect(preview.plan.changes.join('\n')).toContain('附带文件 1 份、意见书 1 份');
    expect(preview.parts.map((p) => p.path).sort()).toEqual(['data.json', `files/${sha(readFileSync(LEASE_FIXTURE))}`, `files/${letterSha}`].sort());

    const result = await callAs(county.core, 'admin', 'exchange.package.import', { content: Buffer.from(out.content) });
    expect(result.imported).toBe(true);
    const stats = countyStatistics(county.core.db, period);
    // The newer report of the same period replaces the first one in the totals.
    expect(stats.offices.map((o) => [o.code, o.total, o.files])).toEqual([['CGS', 1, 2]]);
    const files = await callAs(county.core, 'admin', 'exchange.county.files', { packageId: stats.offices[0]!.packageId });
    expect(files.map((f) => [f.kind, f.role, f.matterSerial.length > 0])).toEqual([['document', 'submitted', true], ['letter', null, true]]);
    const doc = readReportFile(county.core.db, files[0]!.id);
    expect(doc.bytes.equals(readFileSync(LEASE_FIXTURE))).toBe(true);
    const letter = await callAs(county.core, 'admin', 'exchange.county.file', { id: files[1]!.id });
    const townLetterId = (town.core.db.prepare('SELECT id FROM letters').get() as { id: number }).id;
    expect(Buffer.from(letter.content).equals(letterFile(town.core.db, townLetterId).bytes)).toBe(true);

    // The same package twice adds nothing.
    const before = tableCounts(county.core);
    expect((await importPackage(county.core.db, 'admin', bytes)).imported).toBe(false);
    expect(tableCounts(county.core)).toEqual(before);
    const audit = county.core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'package.import'").get() as { n: number };
    expect(audit.n).toBe(2);
  });

  it('refuses “include documents” on other kinds', async () => {
    const id = (town.core.db.prepare('SELECT id FROM matters').get() as { id: number }).id;
    await expect(callAs(town.core, 'admin', 'exchange.package.export', { kind: 'submission', to: 'XSFJ', matterId: id, encrypt: false, includeDocuments: true })).rejects.toThrow(/只用于统计上报/);
  });
});
