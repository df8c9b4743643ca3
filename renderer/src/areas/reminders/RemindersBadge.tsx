import { Badge } from 'antd';
import type { ReactNode } from 'react';
import { useReminders } from './use-reminders';

/** The 待办 menu label with the count of reminders that ask for action now. */
export function RemindersBadge({ children }: { children: ReactNode }) {
  const reminders = useReminders();
  return (
    <Badge count={reminders.data?.badge ?? 0} size="small" offset={[10, 0]} data-testid="todo-badge">
      {children}
    </Badge>
  );
}
