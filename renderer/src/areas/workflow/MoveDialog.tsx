import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MatterStatus } from '../../../../shared/domain/matter';
import { useI18n } from '../../i18n';
import { officeToday } from '../../office-clock';

export interface MoveRequest {
  to: MatterStatus;
  needsReason: boolean;
}

interface Values {
  effectiveOn: Dayjs;
  reason?: string;
}

/** Confirms a status move: the effective day (default today) and, where the rule asks, the reason. */
export function MoveDialog({
  request,
  pending,
  onSubmit,
  onCancel,
}: {
  request: MoveRequest | null;
  pending: boolean;
  onSubmit(values: { effectiveOn: string; reason: string | null }): void;
  onCancel(): void;
}) {
  const { t, labels } = useI18n();
  const [form] = Form.useForm<Values>();
  const hint =
    request?.to === 'returned' ? t('workflow.reasonHint.returned') : request?.to === 'withdrawn' ? t('workflow.reasonHint.withdrawn') : t('workflow.reasonHint.other');
  return (
    <Modal
      open={request !== null}
      title={request ? t('workflow.moveTo', { status: labels.status(request.to) }) : ''}
      okText={t('workflow.confirm')}
      cancelText={t('workflow.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ effectiveOn: officeToday() }}
        preserve={false}
        onFinish={(v) => onSubmit({ effectiveOn: v.effectiveOn.format('YYYY-MM-DD'), reason: v.reason?.trim() || null })}
      >
        <Form.Item name="effectiveOn" label={t('workflow.effectiveOn')} rules={[{ required: true }]}>
          <DatePicker format="YYYY-MM-DD" disabledDate={(d) => d.isAfter(officeToday(), 'day')} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('workflow.reason')}
          rules={request?.needsReason ? [{ required: true, whitespace: true, message: t('workflow.reasonRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={1000} placeholder={request?.needsReason ? hint : ''} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
