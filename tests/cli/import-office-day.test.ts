/**
 * One clock (issue 20): a batch import registers each matter as received today by the office's clock
 * (its time-zone setting), not by the PC's date. The office is in Kiritimati (UTC+14) while the process
 * runs in Los Angeles (UTC−8): their dates differ for 22 hours of every day. Run in-process (no spawn).
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../main/cli/commands/import.js';
import { saveOfficeTimeZone } from '../../main/core/clock.js';
import { openCore } from '../../main/core/core.js';
import { writeTransaction } from '../../main/core/store/write-transaction.js';
import { dateInZone } from '../../shared/domain/office-time.js';
import { FIXTURES } from '../core/documents/fixtures.js';
import { makeTempDir } from '../support/temp-dir.js';
import { processInTimeZone } from '../support/process-time-zone.js';

const KIRITIMATI = 'Pacific/Kiritimati';
const temp = makeTempDir('import-office-day-');
processInTimeZone('America/Los_Angeles');
afterAll(() => temp.remove());

describe('review-desk import', () => {
  it('registers the matters as received on the office day, not the PC day', async () => {
    const data = join(temp.dir, 'data');
    const core = await openCore(data);
    writeTransaction(core.db, () => saveOfficeTimeZone(core.db, KIRITIMATI));
    core.close();
    const file = join(temp.dir, '房屋租赁合同.docx');
    copyFileSync(join(FIXTURES, 'docx', 'zh-contract-lease-std-01.docx'), file);
    const days = [dateInZone(new Date(), KIRITIMATI)];
    const run = await runImport([file], { data, type: 'contract', unit: '东风村民委员会' });
    days.push(dateInZone(new Date(), KIRITIMATI));
    expect(run.reports).toMatchObject([{ ok: true }]);
    const reopened = await openCore(data);
    try {
      const { received_on } = reopened.db.prepare('SELECT received_on FROM matters').get() as { received_on: string };
      expect(days).toContain(received_on);
    } finally {
      reopened.close();
    }
  });
});
