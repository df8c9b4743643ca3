import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { ALERTS_KEY } from './alert-keys';

// Apart from AlertsPanel: the home page shows only this line, and the panel's table, diff dialog and the
// contract's label tables (zod) would otherwise load with the first screen (issue 17).
/** The home page's line: how many cited articles changed (nothing when none). */
export function StatuteAlertBanner() {
  const { t } = useI18n();
  const can = useCan();
  const allowed = can('law.alerts');
  const alerts = useQuery({ queryKey: ALERTS_KEY, queryFn: () => call('law.alerts', { includeSeen: false }), enabled: allowed });
  const n = alerts.data?.open ?? 0;
  if (n === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      message={t('statutes.alertsCount', { n })}
      action={<a href={routeHref({ page: 'statutes', params: 'tab=alerts' })}>{t('statutes.alertsOpen')}</a>}
    />
  );
}
