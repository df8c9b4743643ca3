import { Alert } from 'antd';
import type { Review } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';

/** Why the workspace cannot be edited right now (the server enforces it too). */
export function LockBanner({ review }: { review: Review }) {
  const { t } = useI18n();
  if (review.state === 'submitted') return <Alert type="info" showIcon title={t('review.locked.submitted')} />;
  if (review.state === 'approved') return <Alert type="success" showIcon title={t('review.locked.approved')} />;
  if (review.state === 'returned') {
    const last = [...review.signoffs].reverse().find((s) => s.action === 'return');
    return <Alert type="warning" showIcon title={t('review.locked.returned', { comment: last?.comment ?? '' })} />;
  }
  return null;
}
