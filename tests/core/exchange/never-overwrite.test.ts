import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LetterRequest } from '../../../shared/contract/letters.js';
import { isAppError } from '../../../main/core/errors.js';
import { exportPackage } from '../../../main/core/exchange/export-package.js';
import { importPackage, previewPackage } from '../../../main/core/exchange/import-package.js';
import { issueLetter } from '../../../main/core/letters/letter-service.js';
import { ensureReview } from '../../../main/core/review/review-service.js';
import { approvedMatter } from '../../support/approved-matter.js';
import { tableCounts } from '../../support/core.js';
import { makeOffice, trust, type Office } from './offices.js';

/*
 * “Never overwriting an issued letter or a signed-off review”: a 意见书 package replaces the receiver's copy
 * of the opinions, so it is refused where the same matter has a review submitted or signed off, or a letter
 * issued, on the receiving installation itself.
 */

let sfs: Office;
let unit: Office;
let letterPackage: () => Buffer;

beforeAll(async () => {
  sfs = await makeOffice('城关司法所', 'CGS', 'township-office');
  unit = await makeOffice('东风村民委员会', 'DFC', 'unit');
  trust(sfs, unit);
  trust(unit, sfs);
  const { matter } = await approvedMatter(sfs.core);
  await issueLetter(sfs.core.db, 'admin', LetterRequest.parse({ matterId: matter.id, kind: 'legality-opinion' }));
  letterPackage = () => exportPackage(sfs.core, 'admin', { kind: 'letter', to: 'DFC', matterId: matter.id, encrypt: true }).bytes;
});
afterAll(() => {
  sfs?.dispose();
  unit?.dispose();
});

async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('a 意见书 package never overwrites a signed-off review or an issued letter here', () => {
  it('is taken in by the unit the first time', async () => {
    const got = await importPackage(unit.core.db, 'admin', letterPackage(), { inline: true });
    expect(got.imported).toBe(true);
  });

  it('is refused, changing nothing, once the matter here has a signed-off review', async () => {
    const matterId = (unit.core.db.prepare('SELECT matter_id FROM exchange_matters').get() as { matter_id: number }).matter_id;
    ensureReview(unit.core, 'admin', matterId);
    unit.core.db.prepare("UPDATE reviews SET state = 'approved' WHERE matter_id = ?").run(matterId);
    const opinionsBefore = unit.core.db.prepare('SELECT id, text FROM opinions ORDER BY id').all();
    sfs.core.db.prepare("UPDATE opinions SET text = text || '（更正）'").run();

    const pkg = letterPackage();
    expect(previewPackage(unit.core.db, pkg).plan.blocked).toMatch(/不会覆盖/);
    const before = tableCounts(unit.core);
    const refused = await refusal(() => importPackage(unit.core.db, 'admin', pkg, { inline: true, onConflict: 'take-package' }));
    expect(refused.code).toBe('package.blocked');
    expect(tableCounts(unit.core)).toEqual(before);
    expect(unit.core.db.prepare('SELECT id, text FROM opinions ORDER BY id').all()).toEqual(opinionsBefore);
  });
});
