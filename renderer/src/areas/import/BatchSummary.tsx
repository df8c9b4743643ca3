import { Button, Result } from 'antd';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { countResults, type FileResult } from './batch-runner';

/** The end of a batch: what was imported, found already, refused or left out by a cancel. */
export function BatchSummary({ results, onAgain }: { results: FileResult[]; onAgain(): void }) {
  const { t } = useI18n();
  const c = countResults(results);
  const cancelled = c.cancelled > 0;
  return (
    <Result
      status={cancelled || c.refused > 0 ? 'warning' : 'success'}
      title={cancelled ? t('import.summary.cancelled') : t('import.summary.done')}
      subTitle={t('import.summary.counts', {
        total: results.length,
        imported: c.imported,
        duplicate: c.duplicate,
        refused: c.refused,
        cancelled: c.cancelled,
      })}
      extra={[
        <Button key="again" type="primary" onClick={onAgain}>
          {t('import.again')}
        </Button>,
        <Button key="matters" href={routeHref({ page: 'matters' })}>
          {t('import.toMatters')}
        </Button>,
      ]}
    />
  );
}
