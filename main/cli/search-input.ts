import type { z } from 'zod';
import type { SearchInput } from '../../shared/contract/search.js';
import type { MatterType } from '../../shared/domain/matter.js';
import { MATTER_TYPES } from '../../shared/domain/matter-vocabulary.js';
import { AppError } from '../core/errors.js';

/** The search command's options as commander hands them over (numbers still text). */
export interface RawSearchOptions {
  type?: MatterType;
  unit?: string;
  year?: string;
  limit: string;
}

type ParsedSearchInput = z.output<typeof SearchInput>;

const inRange = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/**
 * The search input when every field is plainly within the contract's bounds (shared/contract/search.ts),
 * checked without zod: loading zod costs ~100–150 ms, a third of a light command's start-up budget
 * (issue 17). Null for anything else; the caller then asks the contract's schema, which gives the
 * messages. tests/cli/search-input.test.ts checks this never accepts what the schema refuses and gives
 * what the schema gives.
 */
export function plainSearchInput(query: string, options: RawSearchOptions): ParsedSearchInput | null {
  const q = query.trim();
  if (q.length < 1 || q.length > 100) return null;
  if (options.type !== undefined && !(MATTER_TYPES as readonly string[]).includes(options.type)) return null;
  const unit = options.unit?.trim();
  if (unit !== undefined && (unit.length < 1 || unit.length > 100)) return null;
  const year = options.year === undefined ? undefined : Number(options.year);
  if (year !== undefined && !inRange(year, 1949, 2999)) return null;
  const limit = Number(options.limit);
  if (!inRange(limit, 1, 500)) return null;
  return { query: q, type: options.type, unit, year, limit, offset: 0 };
}

/** The same input through the contract's schema (zod): the parsed input, or its messages as an error. */
export async function schemaSearchInput(query: string, options: RawSearchOptions): Promise<ParsedSearchInput> {
  const { SearchInput } = await import('../../shared/contract/search.js');
  const parsed = SearchInput.safeParse({
    query,
    type: options.type,
    unit: options.unit,
    year: options.year === undefined ? undefined : Number(options.year),
    limit: Number(options.limit),
  });
  if (!parsed.success) throw new AppError('input.invalid', parsed.error.issues.map((i) => i.message).join('；'));
  return parsed.data;
}
