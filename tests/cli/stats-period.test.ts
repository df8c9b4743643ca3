import { describe, expect, it } from 'vitest';
import { plainStatsPeriod, schemaStatsPeriod } from '../../main/cli/stats-period.js';
import { StatsPeriod } from '../../shared/contract/reports.js';

/**
 * The stats command checks a plainly valid period without the contract's schema (issue 17: start-up). That
 * shortcut must never accept what the schema refuses, and must give what the schema gives.
 */
const dates = [
  '2026-01-01', '2026-12-31', '2026-06-30', '2024-02-29', '2025-02-29', '2000-02-29', '1900-02-29', '2026-02-30',
  '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-01', '2026-01-1', '20260101', '2026/01/01', '', ' 2026-01-01',
  '2026-01-01 ', '0000-01-01', '0099-12-31', '1000-01-01', '9999-12-31', '２０２６-01-01', 'abcd-ef-gh',
];

describe('the stats command period without the schema (issue 17)', () => {
  it('takes a plainly valid period itself, as the schema would', () => {
    expect(plainStatsPeriod('2026-01-01', '2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(plainStatsPeriod('2026-01-01', '2026-12-31')).toEqual(StatsPeriod.parse({ from: '2026-01-01', to: '2026-12-31' }));
    expect(plainStatsPeriod('2026-12-31', '2026-01-01')).toBeNull();
  });

  it('never accepts what the schema refuses, and otherwise gives what the schema gives', () => {
    let taken = 0;
    let refused = 0;
    for (const from of dates) {
      for (const to of dates) {
        const plain = plainStatsPeriod(from, to);
        const zod = StatsPeriod.safeParse({ from, to });
        if (!zod.success) {
          refused++;
          expect(plain, JSON.stringify({ from, to })).toBeNull();
        } else if (plain !== null) {
          taken++;
          expect(plain, JSON.stringify({ from, to })).toEqual(zod.data);
        }
      }
    }
    expect(taken).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(300);
  });

  it('leaves the wording of a refusal to the schema', async () => {
    await expect(schemaStatsPeriod('2026-12-31', '2026-01-01')).rejects.toThrow('起始日期不能晚于截止日期');
    await expect(schemaStatsPeriod('2026-02-30', '2026-12-31')).rejects.toThrow('日期有误');
  });
});
