import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { remindersKey } from './reminders-key';

/** The signed-in person's reminders; refreshed every 5 minutes so a long-open window stays current. */
export function useReminders() {
  const can = useCan();
  return useQuery({
    queryKey: remindersKey,
    queryFn: () => call('reminders.get', {}),
    enabled: can('reminders.get'),
    refetchInterval: 5 * 60_000,
  });
}
