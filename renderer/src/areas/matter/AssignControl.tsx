import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Matter } from '../../../../shared/contract/index';
import type { Role } from '../../../../shared/domain/account';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { useAccounts } from '../accounts/use-accounts';
import { clearable } from '../../i18n/clearable';

/** Who may be assigned as the matter's reviewer: the 司法所 staff who review or sign off. */
const REVIEWER_ROLES: Role[] = ['reviewer', 'approver'];

/** The matter's assigned reviewer and counsel, and 分办/转办 for those who may assign. */
export function AssignControl({ matter }: { matter: Matter }) {
  const { t } = useI18n();
  const can = useCan();
  const [open, setOpen] = useState(false);
  return (
    <Space size="small" wrap data-testid="assignment">
      <Typography.Text type="secondary">
        {t('assign.reviewer')}：<Typography.Text data-testid="assigned-reviewer">{matter.reviewerName ?? t('assign.none')}</Typography.Text>
      </Typography.Text>
      {matter.counselName && (
        <Typography.Text type="secondary">
          {t('assign.counsel')}：<Typography.Text data-testid="assigned-counsel">{matter.counselName}</Typography.Text>
        </Typography.Text>
      )}
      {can('matters.assign') && (
        <Button size="small" onClick={() => setOpen(true)} autoInsertSpace={false}>
          {t('assign.button')}
        </Button>
      )}
      {open && <AssignDialog matter={matter} onClose={() => setOpen(false)} />}
    </Space>
  );
}

interface Values {
  reviewerId: number | null;
  counselId: number | null;
  reason?: string;
}

function AssignDialog({ matter, onClose }: { matter: Matter; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const accounts = useAccounts();
  const enabled = (accounts.data ?? []).filter((a) => a.enabled);
  const option = (a: { id: number; displayName: string; login: string }) => ({ value: a.id, label: `${a.displayName}（${a.login}）` });
  const assign = useMutation({
    mutationFn: (v: Values) => call('matters.assign', { matterId: matter.id, reviewerId: v.reviewerId ?? null, counselId: v.counselId ?? null, reason: v.reason?.trim() || null }),
    onSuccess: async () => {
      void message.success(t('assign.done'));
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['matters.get', matter.id] }),
        queryClient.invalidateQueries({ queryKey: ['workflow.queue'] }),
        queryClient.invalidateQueries({ queryKey: ['matters.list'] }),
        queryClient.invalidateQueries({ queryKey: ['workflow.get', matter.id] }),
      ]);
    },
    onError: (e) => void message.error(e.message),
  });
  // Reassigning (转办) asks for a reason; the first assignment (分办) may go without.
  const reassigning = matter.reviewerId !== null;
  return (
    <Modal
      open
      title={reassigning ? t('assign.titleReassign') : t('assign.title')}
      okText={t('assign.ok')}
      cancelText={t('review.cancel')}
      confirmLoading={assign.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="assign"
        initialValues={{ reviewerId: matter.reviewerId, counselId: matter.counselId }}
        onFinish={(v) => assign.mutate(v)}
      >
        <Form.Item name="reviewerId" label={t('assign.reviewer')}>
          <Select
            autoFocus
            allowClear={clearable(t)}
            showSearch
            optionFilterProp="label"
            loading={accounts.isLoading}
            placeholder={t('assign.none')}
            options={enabled.filter((a) => a.roles.some((r) => REVIEWER_ROLES.includes(r))).map(option)}
          />
        </Form.Item>
        <Form.Item name="counselId" label={t('assign.counsel')} extra={t('assign.counselHint')}>
          <Select allowClear={clearable(t)} showSearch optionFilterProp="label" placeholder={t('assign.none')} options={enabled.filter((a) => a.roles.includes('counsel')).map(option)} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('assign.reason')}
          rules={reassigning ? [{ required: true, whitespace: true, message: t('form.required', { field: t('assign.reason') }) }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
