import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { KeyboardEvent } from 'react';
import { OFFICE_READ } from '../../../../shared/domain/account';
import { MATTER_TYPES, isVillageType, type MatterType } from '../../../../shared/domain/matter';
import { ApiError, call } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { navigate } from '../../routes';
import { RegistrationMaterials, registrationMarks } from '../casefile/RegistrationMaterials';
import { useCan } from '../../auth/session';

interface FormValues {
  type: MatterType;
  title: string;
  submittingUnit: string;
  township?: string;
  contactName?: string;
  contactPhone?: string;
  receivedOn: Dayjs;
  dueOn?: Dayjs | null;
  note?: string;
  /** Ids of the required materials ticked as received (送审材料齐全性). */
  materials?: string[];
}

const ISO = 'YYYY-MM-DD';

export function NewMatterPage() {
  const { t, labels } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  // A liaison registers for their own unit only (the server enforces it): the field is theirs, fixed.
  const { me } = useSession();
  const ownUnit = me.roles.includes('liaison') && !me.roles.some((r) => OFFICE_READ.includes(r)) ? me.unit : null;
  const queryClient = useQueryClient();
  const can = useCan();
  const type = Form.useWatch('type', form);
  const create = useMutation({
    mutationFn: async ({ materials, ...values }: FormValues) => {
      const matter = await call('matters.create', {
        ...values,
        receivedOn: values.receivedOn.format(ISO),
        dueOn: values.dueOn ? values.dueOn.format(ISO) : null,
      });
      if (materials !== undefined && can('materials.mark')) {
        const { lists } = await call('materials.lists', {});
        const marks = registrationMarks(lists[matter.type] ?? [], materials);
        if (marks.length > 0) await call('materials.mark', { matterId: matter.id, marks });
      }
      return matter;
    },
    onSuccess: async (matter) => {
      message.success(t('form.saved', { serial: matter.serial }));
      await queryClient.invalidateQueries({ queryKey: ['matters.list'] });
      form.resetFields();
      navigate({ page: 'matters' });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields) {
        form.setFields(
          error.fields.map((f) => ({ name: f.path as keyof FormValues, errors: [f.message] })),
        );
      }
      message.error(error.message);
    },
  });
  const required = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field }) }];
  const typeOptions = [
    {
      label: t('form.typeGroup.village'),
      options: MATTER_TYPES.filter(isVillageType).map((v) => ({ value: v, label: labels.matterType(v) })),
    },
    {
      label: t('form.typeGroup.other'),
      options: MATTER_TYPES.filter((v) => !isVillageType(v)).map((v) => ({ value: v, label: labels.matterType(v) })),
    },
  ];
  const submitOnCtrlEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.submit();
  };
  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('form.newMatter')}</Typography.Title>} style={{ maxWidth: 760 }}>
      <Form<FormValues>
        form={form}
        layout="vertical"
        name="new-matter"
        initialValues={{ receivedOn: dayjs(), type: 'village.rules', submittingUnit: ownUnit ?? undefined }}
        onFinish={(values) => create.mutate(values)}
        onKeyDown={submitOnCtrlEnter}
        disabled={create.isPending}
      >
        <Form.Item name="title" label={t('matter.title')} rules={required(t('matter.title'))}>
          <Input autoFocus maxLength={200} />
        </Form.Item>
        <Form.Item name="type" label={t('matter.type')} rules={[{ required: true }]}>
          <Select options={typeOptions} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="submittingUnit" label={t('matter.submittingUnit')} rules={required(t('matter.submittingUnit'))}>
          <Input maxLength={100} disabled={ownUnit !== null} />
        </Form.Item>
        <Space wrap size="middle">
          <Form.Item name="township" label={t('matter.township')}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="contactName" label={t('matter.contactName')}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('matter.contactPhone')}>
            <Input maxLength={30} />
          </Form.Item>
        </Space>
        <Space wrap size="middle">
          <Form.Item name="receivedOn" label={t('matter.receivedOn')} rules={[{ required: true, message: t('form.required', { field: t('matter.receivedOn') }) }]}>
            <DatePicker format={ISO} />
          </Form.Item>
          <Form.Item name="dueOn" label={t('matter.dueOn')}>
            <DatePicker format={ISO} />
          </Form.Item>
        </Space>
        {can('materials.mark') && <RegistrationMaterials type={type} />}
        <Form.Item name="note" label={t('matter.note')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('form.submit')}
          </Button>
          <Button onClick={() => form.resetFields()}>{t('form.reset')}</Button>
          <Typography.Text type="secondary">{t('form.shortcut')}</Typography.Text>
        </Space>
      </Form>
    </Card>
  );
}
