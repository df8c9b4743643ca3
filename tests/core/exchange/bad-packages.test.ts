import { readFileSync } from 'node:fs';
import { sign } from 'node:crypto';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPackage } from '../../../main/core/exchange/export-package.js';
import { importPackage } from '../../../main/core/exchange/import-package.js';
import { officeSecrets } from '../../../main/core/exchange/office-keys.js';
import { withdrawTrust } from '../../../main/core/exchange/trust-list.js';
import { openPackage, type PackageLimits } from '../../../main/core/exchange/package-file.js';
import { importDocument } from '../../../main/core/documents/document-service.js';
import { createMatter } from '../../../main/core/matters/matter-service.js';
import { isAppError } from '../../../main/core/errors.js';
import { todayIso } from '../../../main/core/workflow/office-settings.js';
import { LEASE_FIXTURE } from '../../support/approved-matter.js';
import { tableCounts } from '../../support/core.js';
import { makeOffice, trust, type Office } from './offices.js';

/* Every bad package is refused with a Chinese message naming what failed, and the archive is unchanged. */

let unit: Office;
let sfs: Office;
let other: Office;
let plain: Buffer;
let sealed: Buffer;

beforeAll(async () => {
  unit = await makeOffice('东风村民委员会', 'DFC', 'unit');
  sfs = await makeOffice('城关司法所', 'CGS', 'township-office');
  other = await makeOffice('河东司法所', 'HDS', 'township-office');
  trust(sfs, unit);
  trust(unit, sfs);
  trust(other, unit);
  trust(unit, other);
  const m = createMatter(unit.core.db, 'admin', {
    type: 'village.contract', title: '租赁合同', submittingUnit: '东风村民委员会', township: null, contactName: null, contactPhone: null,
    receivedOn: todayIso(), dueOn: null, reviewerId: null, note: null,
  });
  await importDocument(unit.core.db, 'admin', { matterId: m.id, fileName: 'lease.docx', bytes: readFileSync(LEASE_FIXTURE), role: 'submitted' }, { inline: true });
  plain = exportPackage(unit.core, 'admin', { kind: 'submission', to: 'CGS', matterId: m.id, encrypt: false }).bytes;
  sealed = exportPackage(unit.core, 'admin', { kind: 'submission', to: 'CGS', matterId: m.id, encrypt: true }).bytes;
});

afterAll(() => {
  for (const o of [unit, sfs, other]) o?.dispose();
});

/** Imports and expects a refusal with this code, a Chinese message and no change to any table. */
async function refused(office: Office, bytes: Buffer, code: RegExp | string, limits?: PackageLimits): Promise<string> {
  const before = tableCounts(office.core);
  let error: unknown = null;
  try {
    await importPackage(office.core.db, 'admin', bytes, { inline: true, limits });
  } catch (e) {
    error = e;
  }
  expect(isAppError(error), `expected a refusal, got ${String(error)}`).toBe(true);
  const e = error as { code: string; message: string };
  if (typeof code === 'string') expect(e.code).toBe(code);
  else expect(e.code).toMatch(code);
  expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  expect(tableCounts(office.core)).toEqual(before);
  return e.message;
}

/** A package whose zip holds exactly these entries, the manifest signed with the unit's real key. */
function craft(manifest: object, extra: Record<string, Buffer>): Buffer {
  const bytes = Buffer.from(JSON.stringify(manifest));
  const sig = sign(null, bytes, officeSecrets(unit.core.db).signKey);
  return Buffer.from(zipSync({ 'manifest.json': bytes, 'manifest.sig': sig, ...extra }));
}

function realManifest(): { parts: { path: string }[]; [k: string]: unknown } {
  return openPackage(plain, null).manifest as never;
}

describe('bad packages', () => {
  it('one byte changed anywhere in the file', async () => {
    const offsets = new Set<number>();
    for (let i = 0; i < 60; i++) offsets.add(Math.floor((i * (plain.length - 1)) / 59));
    for (let i = plain.length - 400; i < plain.length; i += 7) offsets.add(i);
    for (const at of offsets) {
      const copy = Buffer.from(plain);
      copy[at] = copy[at]! ^ 0x01;
      await refused(sfs, copy, /^package\./);
    }
    for (const at of [0, 40, Math.floor(sealed.length / 2), sealed.length - 30]) {
      const copy = Buffer.from(sealed);
      copy[at] = copy[at]! ^ 0x80;
      await refused(sfs, copy, /^package\./);
    }
  });

  it('a changed zip timestamp, which no hash covers, is refused too', async () => {
    const copy = Buffer.from(plain);
    copy.writeUInt16LE(copy.readUInt16LE(10) ^ 0x0002, 10);
    expect(await refused(sfs, copy, 'package.tampered')).toContain('被改动');
  });

  it('truncated', async () => {
    for (const length of [10, 200, Math.floor(plain.length / 2), plain.length - 1]) {
      expect(await refused(sfs, plain.subarray(0, length), /^package\./)).toMatch(/损坏|不完整|截断|改动/);
    }
    await refused(sfs, sealed.subarray(0, sealed.length - 100), /^package\./);
  });

  it('meant for another office', async () => {
    expect(await refused(other, plain, 'package.wrong-receiver')).toContain('不是本单位');
    expect(await refused(other, sealed, 'package.wrong-receiver')).toContain('不是本单位');
  });

  it('from an office not on the trust list: refused, its fingerprint shown', async () => {
    const stranger = await makeOffice('陌生单位', 'XX', 'unit');
    try {
      const msg = await refused(stranger, plain, /^package\.(unknown-sender|wrong-receiver)$/);
      expect(msg).toMatch(/[0-9A-F]{4}-[0-9A-F]{4}/);
      trust(stranger, sfs); // trusting someone else does not help
      const fp = officeSecrets(unit.core.db).identity.fingerprint;
      expect(await refused(stranger, plain, 'package.unknown-sender')).toContain(fp);
    } finally {
      stranger.dispose();
    }
  });

  it('an impostor using the same office code with another key', async () => {
    const impostor = await makeOffice('东风村民委员会', 'DFC', 'unit');
    try {
      trust(impostor, sfs);
      const m = createMatter(impostor.core.db, 'admin', { type: 'normative', title: '伪造', submittingUnit: '东风村民委员会', township: null, contactName: null, contactPhone: null, receivedOn: todayIso(), dueOn: null, reviewerId: null, note: null });
      await importDocument(impostor.core.db, 'admin', { matterId: m.id, fileName: 'x.docx', bytes: readFileSync(LEASE_FIXTURE), role: 'submitted' }, { inline: true });
      const forged = exportPackage(impostor.core, 'admin', { kind: 'submission', to: 'CGS', matterId: m.id, encrypt: false }).bytes;
      await refused(sfs, forged, 'package.sender-key-changed');
    } finally {
      impostor.dispose();
    }
  });

  it('a manifest changed and not re-signed', async () => {
    const opened = openPackage(plain, null);
    const manifest = { ...opened.manifest, title: '改过的标题' };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const forged = Buffer.from(zipSync({ 'manifest.json': bytes, 'manifest.sig': opened.signature, ...Object.fromEntries(opened.parts) }));
    expect(await refused(sfs, forged, 'package.bad-signature')).toContain('签名');
  });

  it('a zip entry with a path outside the package (zip-slip)', async () => {
    const manifest = realManifest();
    for (const evil of ['../../evil.txt', '/etc/cron.d/x', 'files/../../x', 'C:/x', 'a\\..\\..\\b']) {
      const crafted = craft({ ...manifest, parts: [...manifest.parts, { path: evil, sha256: '0'.repeat(64), size: 1 }] }, { [evil]: Buffer.from('x') });
      expect(await refused(sfs, crafted, 'package.unsafe-path')).toContain('路径不安全');
    }
  });

  it('oversized parts and too large files', async () => {
    expect(await refused(sfs, plain, 'package.part-too-large', { maxPackageBytes: 1 << 30, maxPartBytes: 10_000, maxEntries: 100 })).toContain('过大');
    await refused(sfs, plain, 'package.too-large', { maxPackageBytes: 1000, maxPartBytes: 1 << 30, maxEntries: 100 });
    // A bomb: 50 MB of zeros deflated to a few kB, declared honestly; refused from the directory before inflating.
    const bomb = craft({ ...realManifest() }, { 'files/bomb': Buffer.alloc(50 * 1024 * 1024) });
    await refused(sfs, bomb, 'package.part-too-large', { maxPackageBytes: 1 << 30, maxPartBytes: 20 * 1024 * 1024, maxEntries: 100 });
  });

  it('a newer schema', async () => {
    const crafted = craft({ ...realManifest(), schema: 2 }, {});
    expect(await refused(sfs, crafted, 'package.newer-schema')).toContain('升级');
  });

  it('expired trust', async () => {
    const late = await makeOffice('城关司法所', 'CGS', 'township-office');
    try {
      // `late` poses as the receiver CGS but trusted the unit only until yesterday.
      const yesterday = new Date(Date.now() - 86_400_000);
      trust(late, unit, `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`);
      expect(await refused(late, plain, 'package.trust-expired')).toContain('到期');
    } finally {
      late.dispose();
    }
  });

  it('withdrawn trust; the same package is accepted again once trusted anew', async () => {
    withdrawTrust(sfs.core.db, 'admin', 'DFC', '联络员离职，密钥作废');
    expect(await refused(sfs, plain, 'package.trust-withdrawn')).toContain('撤销');
    trust(sfs, unit);
    const ok = await importPackage(sfs.core.db, 'admin', plain, { inline: true });
    expect(ok.imported).toBe(true);
    // And the sealed copy of the same matter adds nothing new (same uid, same document).
    const before = tableCounts(sfs.core);
    const again = await importPackage(sfs.core.db, 'admin', sealed, { inline: true });
    expect(again.imported).toBe(true);
    expect(tableCounts(sfs.core).matters).toBe(before.matters);
    expect(tableCounts(sfs.core).documents).toBe(before.documents);
  });
});
