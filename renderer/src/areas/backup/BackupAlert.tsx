import { Alert, Button } from 'antd';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { useBackupStatus } from './use-backup';

/** Home page banner: a missed or failed daily backup, or a restore waiting for the next start. */
export function BackupAlert() {
  const { t } = useI18n();
  const status = useBackupStatus();
  const s = status.data;
  if (!s) return null;
  if (s.pendingRestore?.figures) {
    return <Alert type="info" showIcon message={t('backup.pending', { matters: s.pendingRestore.figures.matters })} />;
  }
  if (!s.overdue && !s.lastFailure) return null;
  return (
    <Alert
      type={s.overdue ? 'warning' : 'error'}
      showIcon
      data-testid="backup-alert"
      message={s.overdue ? t('backup.overdue') : t('backup.overdueFailed', { error: s.lastFailure?.error ?? '' })}
      description={s.overdue && s.lastFailure ? t('backup.overdueFailed', { error: s.lastFailure.error ?? '' }) : undefined}
      action={
        <Button size="small" href={routeHref({ page: 'settings' })}>
          {t('backup.goSettings')}
        </Button>
      }
    />
  );
}
