import type { countyReportContract } from '../../../shared/contract/county-report.js';
import { countyReportXlsx } from '../../core/reports/county-report.js';
import { todayIso } from '../../core/workflow/office-settings.js';
import type { HandlerMap } from '../handler-map.js';

export const countyReportHandlers: HandlerMap<keyof typeof countyReportContract> = {
  'reports.countyXlsx': async (input, ctx) => {
    const out = await countyReportXlsx(ctx.core.db, input.year, input.today ?? todayIso());
    return {
      fileName: out.fileName,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: out.bytes,
      rows: out.rows,
    };
  },
};
