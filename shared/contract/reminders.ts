import { z } from 'zod';
import { OFFICE_READ } from '../domain/account.js';
import { method } from './rpc.js';
import { IsoDate } from './fields.js';

/** Reminders for the signed-in person, shown at start-up, on the home page and as the 待办 badge (issue 16). */

export const REMINDER_KINDS = ['overdue', 'due-today', 'due-soon', 'awaiting-signoff', 'normative-expiring', 'backup-missed'] as const;
export const ReminderKind = z.enum(REMINDER_KINDS);
export type ReminderKind = z.infer<typeof ReminderKind>;

export const Reminder = z.object({
  kind: ReminderKind,
  /** The matter to open, when the reminder is about one. */
  matterId: z.number().int().nullable(),
  /** The 规范性文件 registry entry, for a validity reminder. */
  normativeId: z.number().int().nullable(),
  title: z.string(),
  /** One line in Chinese: the due date and days left, the end of validity, the last backup. */
  detail: z.string(),
  /** The date the reminder is about (due date, end of validity), for sorting and display. */
  date: z.string().nullable(),
});
export type Reminder = z.infer<typeof Reminder>;

export const RemindersInput = z.object({
  /** "Due within N working days"; defaults to the office's 即将到期 setting. */
  days: z.number().int().min(0).max(30).optional(),
  /** 规范性文件 whose validity ends within N months. */
  months: z.number().int().min(1).max(24).default(6),
  today: IsoDate.optional(),
});

export const RemindersOutput = z.object({
  today: z.string(),
  days: z.number().int(),
  months: z.number().int(),
  items: z.array(Reminder),
  counts: z.record(ReminderKind, z.number().int()),
  /** What the 待办 badge shows: the reminders that ask for the person's action now. */
  badge: z.number().int(),
});
export type RemindersOutput = z.infer<typeof RemindersOutput>;

export const remindersContract = {
  'reminders.get': method({ roles: OFFICE_READ, input: RemindersInput, output: RemindersOutput, writes: false }),
};
