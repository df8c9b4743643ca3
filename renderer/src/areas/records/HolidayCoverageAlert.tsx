import { useQuery } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { holidayKeys } from './holiday-keys';

/**
 * Says on the home page when this year or next has no holiday schedule, so deadlines there are counted
 * Monday–Friday (issue 20: from 1 January of an uncovered year, 春节 and 国庆 would be missed silently).
 */
export function HolidayCoverageAlert() {
  const { t } = useI18n();
  const can = useCan();
  const years = useQuery({ queryKey: holidayKeys.years, queryFn: () => call('holidays.years', {}) });
  if (!years.data) return null;
  const year = Number(years.data.today.slice(0, 4));
  const action = can('holidays.save') ? (
    <Button size="small" href={routeHref({ page: 'holidays' })}>
      {t('holidays.goto')}
    </Button>
  ) : undefined;
  if (!years.data.thisYearCovered) {
    return <Alert type="error" showIcon data-testid="holiday-coverage" title={t('holidays.missingThisYear', { year })} action={action} />;
  }
  if (!years.data.nextYearCovered) {
    return <Alert type="warning" showIcon data-testid="holiday-coverage" title={t('holidays.missingNextYear', { year: year + 1 })} action={action} />;
  }
  return null;
}
