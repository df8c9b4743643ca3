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
  'holidays.save': (input, ctx) => {
    saveHolidayYear(ctx.core.db, ctx.actor, input);
    return holidayYearsView(ctx.core.db, ctx.today);
  },
  'holidays.delete': (input, ctx) => {
    deleteHolidayYear(ctx.core.db, ctx.actor, input.year);
    return { deleted: true as const };
  },
  'holidays.export': (_input, ctx) => exportHolidayYears(ctx.core.db),
  'holidays.import': (input, ctx) => importHolidayYears(ctx.core.db, ctx.actor, input.json),
};
