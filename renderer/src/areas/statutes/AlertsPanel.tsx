import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Modal, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ALERT_TARGET_ZH, CHANGE_KIND_ZH, type StatuteAlert } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { DiffText } from './DiffText';
import { ALERTS_KEY } from './alert-keys';

function DiffModal({ alert, onClose }: { alert: StatuteAlert | null; onClose(): void }) {
  const diff = useQuery({ queryKey: ['law.alertDiff', alert?.id], queryFn: () => call('law.alertDiff', { id: alert!.id }), enabled: alert !== null });
  return (
    <Modal open={alert !== null} width={720} footer={null} onCancel={onClose} title={alert ? `${alert.law} ${alert.articleLabel}：${alert.fromVersion} → ${alert.toVersion ?? '废止'}` : ''}>
      {diff.isLoading && <Skeleton active />}
      {diff.data && <DiffText parts={diff.data.diff} />}
    </Modal>
  );
}

/** Everything that cites an article changed by an imported snapshot: look at the diff, then mark it seen. */
export function AlertsPanel() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [open, setOpen] = useState<StatuteAlert | null>(null);
  const alerts = useQuery({ queryKey: ALERTS_KEY, queryFn: () => call('law.alerts', { includeSeen: false }) });
  const seen = useMutation({
    mutationFn: (id: number) => call('law.alertSeen', { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: ALERTS_KEY }),
  });
  if (alerts.isLoading) return <Skeleton active />;
  if (alerts.error) return <Alert type="error" message={alerts.error.message} />;
  if (!alerts.data || alerts.data.alerts.length === 0) return <Empty description={t('statutes.alertsNone')} />;
  return (
    <>
      <Table<StatuteAlert>
        rowKey="id"
        size="small"
        dataSource={alerts.data.alerts}
        pagination={{ pageSize: 20 }}
        columns={[
          {
            title: t('statutes.alertTarget'),
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <Tag>{ALERT_TARGET_ZH[a.target]}</Tag>
                {a.matterId ? <a href={routeHref({ page: 'matter', id: a.matterId, tab: 'review' })}>{a.targetLabel}</a> : <Typography.Text>{a.targetLabel}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('statutes.alertArticle'), render: (_, a) => `${a.law} ${a.articleLabel}` },
          { title: t('statutes.alertChange'), render: (_, a) => `${CHANGE_KIND_ZH[a.change]}（${a.fromVersion} → ${a.toVersion ?? '—'}）` },
          { title: t('statutes.alertLetters'), render: (_, a) => a.letterNumbers.join('、') || '—' },
          {
            title: '',
            render: (_, a) => (
              <Space>
                <Button size="small" onClick={() => setOpen(a)}>
                  {t('statutes.alertDiff')}
                </Button>
                <Button size="small" loading={seen.isPending && seen.variables === a.id} onClick={() => seen.mutate(a.id)}>
                  {t('statutes.alertSeen')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <DiffModal alert={open} onClose={() => setOpen(null)} />
    </>
  );
}
