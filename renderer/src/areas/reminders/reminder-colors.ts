import type { ReminderKind } from '../../../../shared/contract/index';

/**
 * antd Tag colour per reminder kind, shared by RemindersCard and the light first screen's copy of its list
 * (lite/queue.tsx), which must not import antd.
 */
export const REMINDER_COLORS: Record<ReminderKind, string> = {
  overdue: 'red',
  'due-today': 'volcano',
  'due-soon': 'orange',
  'awaiting-signoff': 'blue',
  'normative-expiring': 'purple',
  'backup-missed': 'magenta',
};
