import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/router.js';
import { ledgerPage, queryLedger } from '../../../main/core/reports/ledger.js';
import { LedgerFilter, LEDGER_SORT_FIELDS, type LedgerFilter as FilterIn, type LedgerRow } from '../../../shared/contract/reports.js';
import { tempCore } from '../../support/core.js';
import { type SeedMatter, seedDataset } from './seed-data.js';

/*
 * The ledger screen asks for one page at a time (issue 17). Every page must be exactly the matching slice
 * of the whole sorted set the exports write, and the totals row must count the whole filtered set.
 */

let env: Awaited<ReturnType<typeof tempCore>>;
let seeds: SeedMatter[];
const TODAY = '2025-01-15';

beforeAll(async () => {
  env = await tempCore();
  seeds = seedDataset(env.core, { count: 230, seed: 91, start: '2024-01-02', spanDays: 300 });
  // One matter voided (作废) so the totals row's voided count is exercised.
  env.core.db.prepare("UPDATE matters SET voided_at = '2024-12-01T00:00:00Z', void_reason = '登记错误' WHERE id = ?").run(seeds[3]!.id);
});
afterAll(() => env.dispose());

const parse = (f: FilterIn) => LedgerFilter.parse(f);

/** Every row by walking the pages of `size`. */
function walk(f: FilterIn, size: number): number[] {
  const ids: number[] = [];
  for (let offset = 0; ; offset += size) {
    const { rows } = ledgerPage(env.core.db, parse(f), { offset, limit: size }, TODAY);
    ids.push(...rows.map((r) => r.id));
    if (rows.length < size) return ids;
  }
}

describe('ledger pages', () => {
  it('pages through every sort column in both directions exactly as the whole set is sorted', () => {
    for (const sort of LEDGER_SORT_FIELDS) {
      for (const order of ['asc', 'desc'] as const) {
        const whole = queryLedger(env.core.db, parse({ sort, order }), TODAY).map((r) => r.id);
        expect(whole).toHaveLength(seeds.length);
        expect(walk({ sort, order }, 37), `${sort} ${order}`).toEqual(whole);
      }
    }
  });

  it('builds each page’s rows as the whole query does (opinion counts, letters, deadline state)', () => {
    const filter: FilterIn = { types: ['village.rules', 'contract'], sort: 'opinionCount', order: 'desc' };
    const whole = queryLedger(env.core.db, parse(filter), TODAY);
    const page = ledgerPage(env.core.db, parse(filter), { offset: 10, limit: 25 }, TODAY);
    expect(page.rows).toEqual(whole.slice(10, 35));
  });

  it('counts the totals row over the whole filtered set, as a loop over the rows does', () => {
    const seedsById = new Map(seeds.map((s) => [s.id, s]));
    for (const f of [{}, { township: '红花镇' }, { query: '土地承包' }, { statuses: ['in-review', 'registered'] }] as FilterIn[]) {
      const whole = queryLedger(env.core.db, parse(f), TODAY);
      const { summary, rows } = ledgerPage(env.core.db, parse(f), { offset: 0, limit: 5 }, TODAY);
      expect(rows.length).toBe(Math.min(5, whole.length));
      const opinions = whole.flatMap((r) => seedsById.get(r.id)!.opinions);
      expect(summary).toEqual({
        matters: whole.length,
        voided: whole.filter((r) => r.voided).length,
        overdue: whole.filter((r) => r.deadlineState === 'overdue').length,
        opinions: opinions.length,
        adoption: {
          adopted: opinions.filter((o) => o.adoption === 'adopted').length,
          partlyAdopted: opinions.filter((o) => o.adoption === 'partly-adopted').length,
          notAdopted: opinions.filter((o) => o.adoption === 'not-adopted').length,
          pending: opinions.filter((o) => o.adoption === null).length,
        },
      });
    }
    const all = ledgerPage(env.core.db, parse({}), { offset: 0, limit: 1 }, TODAY).summary;
    expect(all.voided).toBe(1);
    expect(all.overdue).toBeGreaterThan(0);
    expect(all.opinions).toBeGreaterThan(0);
  });

  it('answers ledger.query with one page, the total and the offset; without a limit, every row', async () => {
    const call = async (input: object) => {
      const result = await dispatch('ledger.query', input, env.ctx);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as { rows: LedgerRow[]; total: number; offset: number };
    };
    const page = await call({ filter: { sort: 'serial', order: 'asc' }, offset: 200, limit: 100, today: TODAY });
    expect(page.total).toBe(seeds.length);
    expect(page.offset).toBe(200);
    expect(page.rows.map((r) => r.serial)).toEqual(queryLedger(env.core.db, parse({ sort: 'serial', order: 'asc' }), TODAY).slice(200).map((r) => r.serial));
    expect((await call({ today: TODAY })).rows).toHaveLength(seeds.length);
    const tooMany = await dispatch('ledger.query', { limit: 5000 }, env.ctx);
    expect(tooMany.ok).toBe(false);
  });
});
