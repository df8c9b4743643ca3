import { Alert, App, Form, Input, Modal } from 'antd';
import type { Matter } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { useVoidMatter } from './records-queries';

/** 作废 with a reason: the matter keeps its serial and leaves the queue and the statistics. */
export function VoidMatterDialog({ matter, onClose }: { matter: Matter; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const voidIt = useVoidMatter();
  return (
    <Modal
      open
      title={t('records.void.title', { serial: matter.serial })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('records.void.confirm')}
      okButtonProps={{ danger: true }}
      confirmLoading={voidIt.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('records.void.hint')} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        layout="vertical"
        name="void-matter"
        onFinish={(v) =>
          voidIt.mutate(
            { id: matter.id, reason: v.reason },
            {
              onSuccess: () => {
                message.success(t('records.voided', { serial: matter.serial }));
                onClose();
              },
              onError: (e) => void message.error(e.message),
            },
          )
        }
      >
        <Form.Item name="reason" label={t('records.void.reason')} rules={[{ required: true, whitespace: true, message: t('records.void.reason.required') }]}>
          <Input maxLength={500} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
