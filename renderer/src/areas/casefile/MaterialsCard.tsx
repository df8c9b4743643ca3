import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { MaterialCheckRow, MaterialState } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';

/** 送审材料齐全性 of one matter: mark each item, save, and issue the 退回补正通知 for what is missing. */
export function MaterialsCard({ matterId, locked }: { matterId: number; locked: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  const view = useQuery({ queryKey: ['materials.get', matterId], queryFn: () => call('materials.get', { matterId }) });
  const [edits, setEdits] = useState<Record<string, MaterialState>>({});
  const refresh = () =>
    Promise.all(
      [['materials.get', matterId], ['casefile.get', matterId], ['matters.get', matterId], ['letters.list', { matterId }]].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  const save = useMutation({
    mutationFn: () => call('materials.mark', { matterId, marks: Object.entries(edits).map(([itemId, state]) => ({ itemId, state })) }),
    onSuccess: async () => {
      setEdits({});
      message.success(t('materials.saved'));
      await refresh();
    },
    onError: (e) => message.error(t('casefile.failed', { message: e.message })),
  });
  const notice = useMutation({
    mutationFn: () => call('materials.returnNotice', { matterId }),
    onSuccess: async (out) => {
      message.success(t('materials.returned', { number: out.number ?? '' }));
      await refresh();
    },
    onError: (e) => message.error(t('casefile.failed', { message: e.message })),
  });
  const items = view.data?.items ?? [];
  const editable = !locked && can('materials.mark');
  const stateOf = (row: MaterialCheckRow) => edits[row.id] ?? row.state;
  return (
    <Card size="small" title={t('materials.title')} data-testid="materials-card">
      {view.data && items.length === 0 && <Typography.Text type="secondary">{t('materials.none')}</Typography.Text>}
      {view.data && items.length > 0 && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Table<MaterialCheckRow>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={items}
            columns={[
              {
                title: t('materials.title'),
                render: (_v, row) => (
                  <Space direction="vertical" size={0}>
                    <span>{row.label}</span>
                    {row.conditional && <Typography.Text type="secondary">{t('materials.conditional', { when: row.conditional })}</Typography.Text>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.source}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: '',
                width: 260,
                render: (_v, row) => (
                  <Radio.Group
                    size="small"
                    disabled={!editable}
                    value={stateOf(row)}
                    onChange={(e) => setEdits((prev) => ({ ...prev, [row.id]: e.target.value as MaterialState }))}
                    aria-label={row.label}
                    options={[
                      { value: 'received', label: t('materials.received') },
                      { value: 'missing', label: t('materials.missing') },
                      { value: 'not-applicable', label: t('materials.notApplicable') },
                    ]}
                  />
                ),
              },
            ]}
          />
          {view.data.complete ? (
            <Alert type="success" showIcon message={t('materials.complete')} />
          ) : view.data.missing.length > 0 ? (
            <Alert type="warning" showIcon message={t('materials.incomplete', { n: view.data.missing.length, list: view.data.missing.join('、') })} />
          ) : null}
          <Space wrap>
            {editable && (
              <Button type="primary" disabled={Object.keys(edits).length === 0} loading={save.isPending} onClick={() => save.mutate()}>
                {t('materials.save')}
              </Button>
            )}
            {!locked && can('materials.returnNotice') && view.data.missing.length > 0 && (
              <Popconfirm title={t('materials.returnConfirm')} onConfirm={() => notice.mutate()}>
                <Button danger loading={notice.isPending}>
                  {t('materials.returnNotice')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        </Space>
      )}
    </Card>
  );
}
