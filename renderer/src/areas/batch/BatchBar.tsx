import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { MATTER_STATUSES, type MatterStatus } from '../../../../shared/domain/matter';
import { call } from '../../api/client';
import { saveFile } from '../../api/save-file';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { printArticles } from '../casefile/print-articles';

type Dialog = 'assign' | 'move' | null;

/** Batch work on the matters ticked in a list: 分办, 变更状态 (one reason), 导出文书/登记表 (ZIP), 打印登记表. */
export function BatchBar({ matterIds, onDone }: { matterIds: number[]; onDone(): void }) {
  const { t, labels } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<{ reviewerId?: number; to?: MatterStatus; reason?: string }>();
  const options = useQuery({ queryKey: ['ledger.options'], queryFn: () => call('ledger.options', {}), enabled: dialog === 'assign' });
  const done = async (text: string) => {
    message.success(text);
    setDialog(null);
    form.resetFields();
    onDone();
    await Promise.all(['matters.list', 'matters.get', 'workflow.queue', 'reminders.get'].map((k) => queryClient.invalidateQueries({ queryKey: [k] })));
  };
  const fail = (e: Error) => message.error(t('batch.failed', { message: e.message }));
  const assign = useMutation({
    mutationFn: (v: { reviewerId?: number; reason?: string }) => call('batch.assign', { matterIds, reviewerId: v.reviewerId ?? null, reason: v.reason ?? null }),
    onSuccess: (r) => done(t('batch.assigned', { n: r.count })),
    onError: fail,
  });
  const move = useMutation({
    mutationFn: (v: { to?: MatterStatus; reason?: string }) => call('batch.move', { matterIds, to: v.to!, reason: v.reason ?? null }),
    onSuccess: (r) => done(t('batch.moved', { n: r.count })),
    onError: fail,
  });
  const exporter = useMutation({
    mutationFn: async (what: 'letters' | 'summary-sheets') => {
      const out = await call('batch.export', { matterIds, what });
      if (await saveFile(out.fileName, out.content, 'application/zip')) message.success(t('batch.exported', { file: out.fileName, n: out.files }));
    },
    onError: fail,
  });
  const print = useMutation({
    mutationFn: async () => {
      const p = await call('batch.printable', { matterIds });
      printArticles(p.html, p.title);
    },
    onError: fail,
  });
  const none = matterIds.length === 0;
  return (
    <Space wrap data-testid="batch-bar">
      <Typography.Text>{t('batch.selected', { n: matterIds.length })}</Typography.Text>
      {can('batch.assign') && (
        <Button disabled={none} onClick={() => setDialog('assign')}>
          {t('batch.assign')}
        </Button>
      )}
      {can('batch.move') && (
        <Button disabled={none} onClick={() => setDialog('move')}>
          {t('batch.move')}
        </Button>
      )}
      <Button disabled={none} loading={exporter.isPending && exporter.variables === 'letters'} onClick={() => exporter.mutate('letters')}>
        {t('batch.exportLetters')}
      </Button>
      <Button disabled={none} loading={exporter.isPending && exporter.variables === 'summary-sheets'} onClick={() => exporter.mutate('summary-sheets')}>
        {t('batch.exportSheets')}
      </Button>
      <Button disabled={none} loading={print.isPending} onClick={() => print.mutate()}>
        {t('batch.print')}
      </Button>
      <Modal
        open={dialog !== null}
        title={dialog === 'assign' ? t('batch.assign') : t('batch.move')}
        okText={t('batch.apply', { n: matterIds.length })}
        confirmLoading={assign.isPending || move.isPending}
        onCancel={() => setDialog(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => (dialog === 'assign' ? assign.mutate(v) : move.mutate(v))}>
          {dialog === 'assign' ? (
            <Form.Item name="reviewerId" label={t('assign.reviewer')} rules={[{ required: true, message: t('batch.pickReviewer') }]}>
              <Select showSearch optionFilterProp="label" options={(options.data?.reviewers ?? []).map((r) => ({ value: r.id, label: r.name }))} />
            </Form.Item>
          ) : (
            <Form.Item name="to" label={t('batch.to')} rules={[{ required: true, message: t('batch.pickStatus') }]}>
              <Select options={MATTER_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))} />
            </Form.Item>
          )}
          <Form.Item name="reason" label={t('batch.reason')}>
            <Input.TextArea rows={2} maxLength={dialog === 'assign' ? 500 : 1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
