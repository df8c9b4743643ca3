import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { call } from '../../api/client';

export const clockKey = ['system.clock'] as const;

/**
 * Today on the office clock (its time zone setting, default China time), 'YYYY-MM-DD'. Until the server
 * answered, the browser's own date stands in; the form's initial value is read once the answer is in.
 */
export function useToday(): string {
  const clock = useQuery({ queryKey: clockKey, queryFn: () => call('system.clock', {}), staleTime: 60_000 });
  return clock.data?.today ?? dayjs().format('YYYY-MM-DD');
}
