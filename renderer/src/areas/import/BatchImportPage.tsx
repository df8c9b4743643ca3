import { Alert, Button, Card, Form, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n';
import { formatSize } from '../documents/format';
import { MAX_TRANSPORT_BYTES } from '../documents/upload-file';
import { BatchProgress } from './BatchProgress';
import { BatchResultsTable } from './BatchResultsTable';
import { BatchSettings, type BatchSettingsValues } from './BatchSettings';
import { BatchSummary } from './BatchSummary';
import { FilePicker } from './FilePicker';
import { splitFiles } from './collect-files';
import { useBatchImport } from './use-batch-import';

/** 批量导入: one new matter per file, imported one file at a time with progress, results and cancel. */
export function BatchImportPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<BatchSettingsValues>();
  const tooLarge = useCallback((name: string) => t('documents.tooLarge', { name, limit: formatSize(MAX_TRANSPORT_BYTES) }), [t]);
  const batch = useBatchImport(tooLarge);
  const [skipped, setSkipped] = useState<string[]>([]);

  const add = (files: File[]) => {
    const { sent, skipped: left } = splitFiles(files);
    batch.addFiles(sent);
    setSkipped((list) => [...list, ...left.map((f) => f.webkitRelativePath || f.name)]);
  };
  const start = async () => {
    const v = await form.validateFields();
    await batch.start({
      type: v.type,
      submittingUnit: v.submittingUnit,
      township: v.township,
      receivedOn: v.receivedOn.format('YYYY-MM-DD'),
    });
  };
  const again = () => {
    batch.reset();
    setSkipped([]);
  };
  const choosing = batch.phase === 'choosing';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('import.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
      <Card size="small" title={t('import.settings')}>
        <BatchSettings form={form} disabled={!choosing} />
      </Card>
      {choosing && (
        <Card size="small" title={t('import.files')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <FilePicker onFiles={add} disabled={!choosing} />
            {skipped.length > 0 && (
              <Alert type="warning" showIcon message={t('import.skipped', { n: skipped.length })} description={skipped.slice(0, 10).join('、')} />
            )}
            <Space>
              <Button type="primary" disabled={batch.files.length === 0} onClick={() => void start()}>
                {t('import.start', { n: batch.files.length })}
              </Button>
              <Button disabled={batch.files.length === 0 && skipped.length === 0} onClick={again}>
                {t('import.clear')}
              </Button>
            </Space>
          </Space>
        </Card>
      )}
      {!choosing && (
        <Card size="small" title={t('import.progress')}>
          <BatchProgress results={batch.results} running={batch.phase === 'running'} cancelRequested={batch.cancelRequested} onCancel={batch.cancel} />
        </Card>
      )}
      {batch.phase === 'done' && <BatchSummary results={batch.results} onAgain={again} />}
      {!choosing && <BatchResultsTable results={batch.results} />}
      {choosing && batch.files.length > 0 && (
        <Typography.Text type="secondary">{batch.files.map((f) => f.webkitRelativePath || f.name).slice(0, 20).join('、') + (batch.files.length > 20 ? ' …' : '')}</Typography.Text>
      )}
    </Space>
  );
}
