import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type KeyboardEvent, useEffect } from 'react';
import { OFFICE_READ } from '../../../../shared/domain/account';
import type { MatterType } from '../../../../shared/domain/matter';
import { enterAction } from './registration-keys';
import { ISO_DATE as ISO, MatterFields } from './MatterFields';
import { useToday } from '../records/use-today';
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

export function NewMatterPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  // 收件日期 defaults to today on the office clock, not the PC's (issue 20: one clock).
  const today = useToday();
  const [form] = Form.useForm<FormValues>();
  useEffect(() => {
    if (!form.isFieldTouched('receivedOn')) form.setFieldValue('receivedOn', dayjs(today));
  }, [form, today]);
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
  // Enter moves to the next field and never submits; Ctrl+Enter submits (issue 20: plain Enter used to
  // register a half-filled matter).
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    const action = enterAction({
      key: e.key,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      isComposing: e.nativeEvent.isComposing,
      tagName: target.tagName,
      role: target.getAttribute('role'),
    });
    if (action === 'default') return;
    e.preventDefault();
    if (action === 'submit') form.submit();
    else if (action === 'next-field') focusNextField(e.currentTarget, target);
  };
  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('form.newMatter')}</Typography.Title>} style={{ maxWidth: 760 }}>
      <Form<FormValues>
        form={form}
        layout="vertical"
        name="new-matter"
        initialValues={{ receivedOn: dayjs(today), type: 'village.rules', submittingUnit: ownUnit ?? undefined }}
        onFinish={(values) => create.mutate(values)}
        onKeyDown={onKeyDown}
        disabled={create.isPending}
      >
        <MatterFields ownUnit={ownUnit} autoFocus noteRows={3} beforeNote={can('materials.mark') && <RegistrationMaterials type={type} />} />
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

/** Focuses the form control after `from` (inputs, lists, date boxes, the note), skipping disabled ones. */
function focusNextField(form: HTMLFormElement, from: HTMLElement): void {
  const fields = [...form.querySelectorAll<HTMLElement>('input:not([type=hidden]):not([disabled]), textarea:not([disabled])')];
  const next = fields[fields.indexOf(from as HTMLInputElement) + 1];
  next?.focus();
}
