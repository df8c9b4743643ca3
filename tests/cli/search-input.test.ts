import { describe, expect, it } from 'vitest';
import { plainSearchInput, schemaSearchInput, type RawSearchOptions } from '../../main/cli/search-input.js';
import { SearchInput } from '../../shared/contract/search.js';
import { MATTER_TYPES, type MatterType } from '../../shared/domain/matter.js';

/**
 * The search command checks plainly valid input without zod (issue 17: start-up). That shortcut must never
 * accept what the contract's schema refuses, and must give what the schema gives.
 */
const schema = (query: string, o: RawSearchOptions) =>
  SearchInput.safeParse({ query, type: o.type, unit: o.unit, year: o.year === undefined ? undefined : Number(o.year), limit: Number(o.limit) });

const queries = ['合同', ' 合同 ', '', '   ', 'a', 'A b', '\u3000村规\u3000', 'x'.repeat(100), 'x'.repeat(101), ` ${'字'.repeat(100)} `, '😀'.repeat(50), '😀'.repeat(51)];
const types: (string | undefined)[] = [undefined, ...MATTER_TYPES, 'village', 'Contract', ''];
const units: (string | undefined)[] = [undefined, '某镇', '  某镇 ', '', '  ', 'u'.repeat(100), 'u'.repeat(101)];
const years: (string | undefined)[] = [undefined, '2026', '1949', '1948', '2999', '3000', '2026.5', 'abc', '', ' 2026 ', '2e3', '0x7e9'];
const limits = ['50', '1', '0', '500', '501', '-1', '1.5', 'abc', '', ' 20 ', '1e2', 'Infinity'];

describe('the search command input without zod (issue 17)', () => {
  it('takes the plainly valid input itself, as the schema would', () => {
    expect(plainSearchInput(' 合同 ', { limit: '50' })).toEqual({ query: '合同', limit: 50, offset: 0 });
    expect(plainSearchInput('合同', { type: 'contract', unit: ' 某镇 ', year: '2026', limit: '20' })).toEqual(
      schema('合同', { type: 'contract', unit: ' 某镇 ', year: '2026', limit: '20' }).data,
    );
  });

  it('never accepts what the schema refuses, and otherwise gives what the schema gives', () => {
    let taken = 0;
    let refused = 0;
    const check = (query: string, o: RawSearchOptions) => {
      const plain = plainSearchInput(query, o);
      const zod = schema(query, o);
      if (plain === null) return;
      taken++;
      expect(zod.success, JSON.stringify({ query, o })).toBe(true);
      expect(plain, JSON.stringify({ query, o })).toEqual(zod.data);
    };
    for (const query of queries) for (const limit of limits) check(query, { limit });
    for (const type of types) for (const unit of units) check('合同', { type: type as MatterType, unit, limit: '50' });
    for (const year of years) for (const limit of limits) check('合同', { year, limit });
    for (const query of queries) for (const year of years) {
      const o = { year, limit: '50' };
      if (!schema(query, o).success) {
        refused++;
        expect(plainSearchInput(query, o), JSON.stringify({ query, o })).toBeNull();
      }
    }
    expect(taken).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(20);
  });

  it('leaves the wording of a refusal to the schema', async () => {
    await expect(schemaSearchInput('   ', { limit: '50' })).rejects.toThrow('请输入检索词');
    await expect(schemaSearchInput('x'.repeat(101), { limit: '50' })).rejects.toThrow('检索词不能超过100个字');
    await expect(schemaSearchInput('合同', { limit: '50' })).resolves.toEqual({ query: '合同', limit: 50, offset: 0 });
  });
});
