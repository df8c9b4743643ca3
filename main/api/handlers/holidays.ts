import { saveOfficeTimeZone, officeClock } from '../../core/clock.js';
import { writeTransaction } from '../../core/store/write-transaction.js';
import { recordAudit } from '../../core/audit.js';
import {
  deleteHolidayYear,
  exportHolidayYears,
  holidayYearsView,
  importHolidayYears,
  previewNotice,
  saveHolidayYear,
} from '../../core/workflow/holiday-years.js';
import type { holidaysContract } from '../../../shared/contract/holidays.js';
import type { HandlerMap } from '../handler-map.js';
import { loadWorkflowSettings } from '../../core/workflow/office-settings.js';
import { recountDueDates } from '../../core/workflow/recount-due-dates.js';
import type Database from 'better-sqlite3';

/** Runs `change` (which returns the years it changed) and re-counts the due dates in those years, atomically. */
function withRecount(db: Database.Database, actor: string, change: () => number[]): void {
  writeTransaction(db, () => {
    const before = loadWorkflowSettings(db);
    recountDueDates(db, actor, before, change());
  });
}

export const holidayHandlers: HandlerMap<keyof typeof holidaysContract> = {
  'system.clock': (_input, ctx) => ({ today: ctx.today, timeZone: ctx.clock.timeZone }),
  'system.clock.set': (input, ctx) => {
    writeTransaction(ctx.core.db, () => {
      saveOfficeTimeZone(ctx.core.db, input.timeZone);
      recordAudit(ctx.core.db, { actor: ctx.actor, action: 'settings.timeZone', entity: 'settings', entityId: null, before: { timeZone: ctx.clock.timeZone }, after: { timeZone: input.timeZone } });
    });
    const clock = officeClock(ctx.core.db);
    return { today: clock.today(), timeZone: clock.timeZone };
  },
  'holidays.years': (_input, ctx) => holidayYearsView(ctx.core.db, ctx.today),
  'holidays.preview': (input) => previewNotice(input.text, input.year),
  // Changing a year re-counts the open matters' due dates in it, in the same transaction (issue 20).
  'holidays.save': (input, ctx) => {
    withRecount(ctx.core.db, ctx.actor, () => (saveHolidayYear(ctx.core.db, ctx.actor, input), [input.year]));
    return holidayYearsView(ctx.core.db, ctx.today);
  },
  'holidays.delete': (input, ctx) => {
    withRecount(ctx.core.db, ctx.actor, () => (deleteHolidayYear(ctx.core.db, ctx.actor, input.year), [input.year]));
    return { deleted: true as const };
  },
  'holidays.export': (_input, ctx) => exportHolidayYears(ctx.core.db),
  'holidays.import': (input, ctx) => {
    let result = { imported: [] as number[] };
    withRecount(ctx.core.db, ctx.actor, () => (result = importHolidayYears(ctx.core.db, ctx.actor, input.json)).imported);
    return result;
  },
};
