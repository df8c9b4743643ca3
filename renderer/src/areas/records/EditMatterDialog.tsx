import { App, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Matter, MatterChanges } from '../../../../shared/contract/index';
import type { MatterType } from '../../../../shared/domain/matter';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { ISO_DATE as ISO, MatterFields } from '../matter/MatterFields';
import { useUpdateMatter } from './records-queries';

interface Values {
  type: MatterType;
  title: string;
  submittingUnit: string;
  township?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  receivedOn: Dayjs;
  dueOn?: Dayjs | null;
  note?: string | null;
  reason: string;
}

/** The fields that differ from the matter, as the correction sends them (unchanged ones are left out). */
export function changedFields(matter: Matter, v: Omit<Values, 'reason'>): MatterChanges {
  const next: Record<string, string | null> = {
    type: v.type,
    title: v.title.trim(),
    submittingUnit: v.submittingUnit.trim(),
    township: v.township?.trim() || null,
    contactName: v.contactName?.trim() || null,
    contactPhone: v.contactPhone?.trim() || null,
    receivedOn: v.receivedOn.format(ISO),
    dueOn: v.dueOn ? v.dueOn.format(ISO) : null,
    note: v.note?.trim() || null,
  };
  return Object.fromEntries(Object.entries(next).filter(([k, value]) => matter[k as keyof Matter] !== value)) as MatterChanges;
}

/** 更正登记信息: every registered field, with a required reason. */
export function EditMatterDialog({ matter, onClose }: { matter: Matter; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateMatter();
  const save = (v: Values) =>
    update.mutate(
      { id: matter.id, changes: changedFields(matter, v), reason: v.reason },
      {
        onSuccess: () => {
          message.success(t('records.saved', { serial: matter.serial }));
          onClose();
        },
        onError: (e) => {
          if (e instanceof ApiError && e.fields) {
            form.setFields(e.fields.map((f) => ({ name: f.path.replace(/^changes\./, '').split('.') as never, errors: [f.message] })));
          }
          message.error(e.message);
        },
      },
    );
  return (
    <Modal
      open
      title={t('records.edit.title', { serial: matter.serial })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={update.isPending}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('records.edit.hint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        name="edit-matter"
        onFinish={save}
        initialValues={{
          ...matter,
          receivedOn: dayjs(matter.receivedOn),
          dueOn: matter.dueOn ? dayjs(matter.dueOn) : null,
          reason: '',
        }}
      >
        <MatterFields noteRows={2} />
        <Form.Item name="reason" label={t('records.reason')} rules={[{ required: true, whitespace: true, message: t('records.reason.required') }]}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
