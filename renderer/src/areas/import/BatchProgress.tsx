import { Button, Progress, Space, Statistic } from 'antd';
import { useI18n } from '../../i18n';
import { countResults, type FileResult } from './batch-runner';

/** Progress bar, running counts and the cancel button while a batch runs. */
export function BatchProgress({ results, running, cancelRequested, onCancel }: { results: FileResult[]; running: boolean; cancelRequested: boolean; onCancel(): void }) {
  const { t } = useI18n();
  const c = countResults(results);
  const handled = c.imported + c.duplicate + c.refused + c.cancelled;
  const percent = results.length === 0 ? 0 : Math.round((handled / results.length) * 100);
  const current = results.find((r) => r.status === 'running');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Progress percent={percent} status={running ? 'active' : c.refused > 0 ? 'normal' : 'success'} aria-label={t('import.progress')} />
      <Space size="large" wrap>
        <Statistic title={t('import.count.handled')} value={`${handled} / ${results.length}`} />
        <Statistic title={t('import.count.imported')} value={c.imported} valueStyle={{ color: '#389e0d' }} />
        <Statistic title={t('import.count.duplicate')} value={c.duplicate} valueStyle={{ color: '#1677ff' }} />
        <Statistic title={t('import.count.refused')} value={c.refused} valueStyle={{ color: '#cf1322' }} />
        {c.cancelled > 0 && <Statistic title={t('import.count.cancelled')} value={c.cancelled} />}
      </Space>
      {running && (
        <Space>
          <span>{current ? t('import.current', { name: current.path }) : ''}</span>
          <Button danger onClick={onCancel} disabled={cancelRequested}>
            {cancelRequested ? t('import.cancelling') : t('import.cancel')}
          </Button>
        </Space>
      )}
    </Space>
  );
}
