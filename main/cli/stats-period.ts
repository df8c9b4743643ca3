import type { z } from 'zod';
import type { StatsPeriod } from '../../shared/contract/reports.js';
import { AppError } from '../core/errors.js';
import { isIsoDate } from '../core/workflow/iso-date.js';

type ParsedStatsPeriod = z.output<typeof StatsPeriod>;

/**
 * The stats command's period when both dates are plainly real YYYY-MM-DD days in order, checked without
 * the contract's schema: shared/contract/reports.ts pulls in the workflow, review and matter contracts,
 * ~50 ms of schema building at start-up (issue 17). Null for anything else; the caller then asks the
 * schema, which words the refusal. tests/cli/stats-period.test.ts checks this never accepts what the
 * schema refuses and gives what the schema gives.
 */
export function plainStatsPeriod(from: string, to: string): ParsedStatsPeriod | null {
  const plain = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && Number(d.slice(0, 4)) >= 1000 && isIsoDate(d);
  return plain(from) && plain(to) && from <= to ? { from, to } : null;
}

/** The same period through the contract's schema (zod): the parsed period, or its messages as an error. */
export async function schemaStatsPeriod(from: string, to: string): Promise<ParsedStatsPeriod> {
  const { StatsPeriod } = await import('../../shared/contract/reports.js');
  const period = StatsPeriod.safeParse({ from, to });
  if (!period.success) throw new AppError('input.invalid', `日期有误：${period.error.issues.map((i) => i.message).join('；')}`);
  return period.data;
}
