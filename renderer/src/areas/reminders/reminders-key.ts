/** The query key of the reminders, apart from use-reminders.ts so the entry can ask them early (early-queries.ts). */
export const remindersKey = ['reminders.get'] as const;
