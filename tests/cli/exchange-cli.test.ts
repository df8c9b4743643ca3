import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../main/core/core.js';
import { importDocument } from '../../main/core/documents/document-service.js';
import { exportKeyFile, setUpOffice } from '../../main/core/exchange/office-keys.js';
import { trustOffice } from '../../main/core/exchange/trust-list.js';
import { createMatter } from '../../main/core/matters/matter-service.js';
import { todayIso } from '../../main/core/workflow/office-settings.js';
import { ensureAccount, TEST_PASSWORD } from '../support/accounts.js';
import { LEASE_FIXTURE } from '../support/approved-matter.js';
import { makeTempDir } from '../support/temp-dir.js';

/*
 * The 司法所 side runs through the command line; the unit's side is prepared in-process (each CLI start
 * costs seconds on a busy machine, so the commands run are the ones under test).
 */

const bin = join(import.meta.dirname, '..', '..', 'main', 'cli', 'bin.js');
const temp = makeTempDir();
const unitDir = join(temp.dir, 'unit');
const sfsDir = join(temp.dir, 'sfs');
const unitKey = join(temp.dir, 'dfc.json');
const sfsKey = join(temp.dir, 'cgs.json');
const file = join(temp.dir, 'submission.rdpkg');
let serial = '';
let unitFp = '';

beforeAll(async () => {
  const unit = await openCore(unitDir);
  await ensureAccount(unit, 'admin');
  unitFp = setUpOffice(unit.db, 'admin', { name: '东风村民委员会', code: 'DFC', kind: 'unit' }).fingerprint;
  writeFileSync(unitKey, exportKeyFile(unit.db).json);
  const m = createMatter(unit.db, 'admin', {
    type: 'village.contract', title: '东风村租赁合同', submittingUnit: '东风村民委员会', township: null, contactName: null, contactPhone: null,
    receivedOn: todayIso(), dueOn: null, reviewerId: null, note: null,
  });
  serial = m.serial;
  await importDocument(unit.db, 'admin', { matterId: m.id, fileName: 'lease.docx', bytes: readFileSync(LEASE_FIXTURE), role: 'submitted' }, { inline: true });
  unit.close();
  const sfs = await openCore(sfsDir);
  await ensureAccount(sfs, 'admin');
  sfs.close();
});
afterAll(() => temp.remove());

const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, REVIEW_DESK_PASSWORD: TEST_PASSWORD } });

describe('review-desk office / package', () => {
  it('office init makes the identity and shows its fingerprint; export-key writes the key file', () => {
    const init = run('office', 'init', '--data', sfsDir, '--as', 'admin', '--name', '城关司法所', '--code', 'CGS', '--kind', '司法所');
    expect(init.stderr).toBe('');
    expect(init.stdout).toMatch(/密钥指纹：([0-9A-F]{4}-){9}[0-9A-F]{4}/);
    const key = run('office', 'export-key', '--data', sfsDir, '--out', sfsKey);
    expect(key.status).toBe(0);
    expect(key.stdout).toContain(init.stdout.match(/([0-9A-F]{4}-){9}[0-9A-F]{4}/)![0]);
  });

  it('office trust shows the fingerprint first, refuses a wrong one, accepts the confirmed one', () => {
    const ask = run('office', 'trust', '--data', sfsDir, '--as', 'admin', unitKey);
    expect(ask.status).toBe(1);
    expect(ask.stdout).toContain(unitFp);
    const wrong = run('office', 'trust', '--data', sfsDir, '--as', 'admin', unitKey, '--fingerprint', '0000-0000');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('指纹与文件不符');
    // Read out on the phone and typed any which way: lower case, spaces for dashes.
    expect(run('office', 'trust', '--data', sfsDir, '--as', 'admin', unitKey, '--fingerprint', unitFp.toLowerCase().replaceAll('-', ' ')).status).toBe(0);
  });

  it('package export seals for the receiver; inspect and import on the other side; the second import changes nothing', async () => {
    const unit = await openCore(unitDir);
    const sfsJson = readFileSync(sfsKey, 'utf8');
    trustOffice(unit.db, 'admin', { keyFile: sfsJson, confirmFingerprint: (JSON.parse(sfsJson) as { fingerprint: string }).fingerprint, validUntil: null });
    unit.close();
    const out = run('package', 'export', '--data', unitDir, '--as', 'admin', serial, '--kind', '送审', '--to', 'CGS', '--out', file);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('已加密');
    const preview = run('package', 'inspect', file, '--data', sfsDir, '--as', 'admin', '--json');
    expect(preview.stderr).toBe('');
    const p = JSON.parse(preview.stdout) as { kind: string; sender: { fingerprint: string }; plan: { changes: string[] } };
    expect(p.kind).toBe('submission');
    expect(p.sender.fingerprint).toBe(unitFp);
    expect(p.plan.changes.join()).toContain('东风村租赁合同');
    const imported = run('package', 'import', '--data', sfsDir, '--as', 'admin', file);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('已导入');
  });

  it('the same file again changes nothing; a changed byte is refused in Chinese; trust can be withdrawn', () => {
    expect(run('package', 'import', '--data', sfsDir, '--as', 'admin', file).stdout).toContain('未作任何改动');
    const bytes = readFileSync(file);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = bytes[at]! ^ 0x10;
    const bad = join(temp.dir, 'bad.rdpkg');
    writeFileSync(bad, bytes);
    const refused = run('package', 'import', '--data', sfsDir, '--as', 'admin', bad);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/错误：.*(解密失败|改动|损坏)/);
    expect(run('office', 'trust', '--data', sfsDir, '--as', 'admin', '--withdraw', 'DFC', '--reason', '测试').stdout).toContain('已撤销');
  });

  it('package inspect without an archive describes a sealed package without opening it', () => {
    expect(run('package', 'inspect', file).stdout).toContain('加密交换包');
  });

  it('统计上报 carries the documents only with --with-documents; county-stats --files-out writes them', async () => {
    const countyDir = join(temp.dir, 'county');
    const county = await openCore(countyDir);
    await ensureAccount(county, 'admin');
    setUpOffice(county.db, 'admin', { name: '某县司法局', code: 'XSFJ', kind: 'county-bureau' });
    const countyJson = exportKeyFile(county.db).json;
    const sfs = await openCore(sfsDir);
    const sfsJson = exportKeyFile(sfs.db).json;
    const fp = (json: string) => (JSON.parse(json) as { fingerprint: string }).fingerprint;
    trustOffice(sfs.db, 'admin', { keyFile: countyJson, confirmFingerprint: fp(countyJson), validUntil: null });
    trustOffice(county.db, 'admin', { keyFile: sfsJson, confirmFingerprint: fp(sfsJson), validUntil: null });
    const serialHere = (sfs.db.prepare('SELECT serial FROM matters').get() as { serial: string }).serial;
    sfs.close();
    county.close();
    const year = todayIso().slice(0, 4);
    const report = join(temp.dir, 'report.rdpkg');
    const out = run('package', 'export', '--data', sfsDir, '--as', 'admin', '--kind', '统计上报', '--to', 'XSFJ', '--from', `${year}-01-01`, '--until', `${year}-12-31`, '--with-documents', '--plain', '--out', report);
    expect(out.stderr).toBe('');
    const inspect = JSON.parse(run('package', 'inspect', report, '--json').stdout) as { manifest: { parts: { path: string }[] } };
    expect(inspect.manifest.parts.map((p) => p.path)).toEqual(['data.json', expect.stringMatching(/^files\/[0-9a-f]{64}$/)]);
    expect(run('package', 'import', '--data', countyDir, '--as', 'admin', report).stdout).toContain('附带文件 1 份');
    const filesOut = join(temp.dir, 'county-files');
    const stats = run('office', 'county-stats', '--data', countyDir, '--from', `${year}-01-01`, '--until', `${year}-12-31`, '--files-out', filesOut);
    expect(stats.stdout).toContain('附带文件 1 份');
    expect(readFileSync(join(filesOut, 'CGS', `${serialHere}-lease.docx`)).equals(readFileSync(LEASE_FIXTURE))).toBe(true);
  });
});

