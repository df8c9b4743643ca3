import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { call } from './api/client';
import { DEFAULT_TIME_ZONE, dateInZone, formatInstant } from '../../shared/domain/office-time';

/*
 * The renderer's one clock (issue 20): stored instants are shown, and "today" is taken, in the office's
 * time-zone setting (系统设置 → 时区, default China time) as the server reports it — never the PC's own
 * zone, so a laptop set to another zone still shows the office's dates and times.
 */

export const clockKey = ['system.clock'] as const;

/** The zone last reported by the server, for code outside components (a new letter's date). */
let knownZone = DEFAULT_TIME_ZONE;

async function fetchClock() {
  const clock = await call('system.clock', {});
  knownZone = clock.timeZone;
  return clock;
}

export interface OfficeClock {
  timeZone: string;
  /** Today in the office's zone, 'YYYY-MM-DD'. */
  today: string;
  /** A stored instant as 'YYYY-MM-DD HH:mm' (':ss' on request) in the office's zone. */
  dateTime(instant: string, options?: { seconds?: boolean }): string;
  /** The office-zone date of a stored instant, 'YYYY-MM-DD'. */
  date(instant: string): string;
}

/** The server's answer to system.clock (zone and today), shared by every user of the clock. */
export function useClockQuery() {
  return useQuery({ queryKey: clockKey, queryFn: fetchClock, staleTime: 60_000 });
}

/** The office clock; until the server answered, China time (the default setting) stands in. */
export function useOfficeClock(): OfficeClock {
  const clock = useClockQuery();
  const timeZone = clock.data?.timeZone ?? knownZone;
  const serverToday = clock.data?.today;
  return useMemo(
    () => ({
      timeZone,
      today: serverToday ?? dateInZone(new Date(), timeZone),
      dateTime: (instant, options) => formatInstant(instant, timeZone, options),
      date: (instant) => dateInZone(instant, timeZone),
    }),
    [timeZone, serverToday],
  );
}

/** Today in the office's zone as a dayjs date (for date pickers' defaults outside a hook). */
export function officeToday(): Dayjs {
  return dayjs(dateInZone(new Date(), knownZone));
}
