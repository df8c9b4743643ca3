import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { ALERTS_KEY } from './alert-keys';

/** 设置 → 法规库: import a newer statute snapshot by its path on this machine. */
export function StatuteImportCard() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [path, setPath] = useState('');
  const run = useMutation({
    mutationFn: () => call('law.import', { path }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ALERTS_KEY });
      void client.invalidateQueries({ queryKey: ['law.status'] });
    },
  });
  return (
    <Card title={t('statutes.importTitle')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('statutes.importHelp')}</Typography.Text>
        <Space.Compact style={{ width: '100%', maxWidth: 720 }}>
          <Input aria-label={t('statutes.importPath')} placeholder={t('statutes.importPath')} value={path} onChange={(e) => setPath(e.target.value)} />
          <Button type="primary" disabled={path.trim() === ''} loading={run.isPending} onClick={() => run.mutate()}>
            {t('statutes.importButton')}
          </Button>
        </Space.Compact>
        {run.error && <Alert type="error" message={run.error.message} />}
        {run.data && (
          <Alert type="success" message={t('statutes.importDone', { added: run.data.added, changed: run.data.changedArticles, alerts: run.data.alerts })} />
        )}
      </Space>
    </Card>
  );
}
