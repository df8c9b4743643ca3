/**
 * Query keys of the holiday schedules, in a module of their own: the home page's coverage notice uses them
 * without loading the 节假日安排 screen (its calendar, form and tabs) on the first screen (issue 17).
 */
export const holidayKeys = { years: ['holidays.years'] as const };
