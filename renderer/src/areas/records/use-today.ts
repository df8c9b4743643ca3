import { useOfficeClock } from '../../office-clock';

export { clockKey } from '../../office-clock';

/** Today on the office clock (its time zone setting, default China time), 'YYYY-MM-DD'. */
export function useToday(): string {
  return useOfficeClock().today;
}
