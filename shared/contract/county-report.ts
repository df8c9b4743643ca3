import { z } from 'zod';
import { OFFICE_READ } from '../domain/account.js';
import { method } from './rpc.js';
import { IsoDate } from './fields.js';
import { ExportFile } from './reports.js';

/** The year's figures by township in the county 司法局's layout, as XLSX (issue 16). */
export const countyReportContract = {
  'reports.countyXlsx': method({
    roles: OFFICE_READ,
    input: z.object({ year: z.number().int().min(2000).max(2100), today: IsoDate.optional() }),
    output: ExportFile,
    writes: false,
  }),
};
