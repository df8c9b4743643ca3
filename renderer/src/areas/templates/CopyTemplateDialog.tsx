import { useMutation } from '@tanstack/react-query';
import { Form, Input, Modal, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import type { MethodOutput } from '../../../../shared/contract/index';
import { ApiError, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { suggestCopyId } from './template-edit';
import { usePreferences, useSetPreferences } from '../../auth/preferences';

type Summary = MethodOutput<'templates.list'>[number];
interface Values {
  newId: string;
  office: string;
}

/** Copies a template (usually a built-in one) into an office template the office can then edit. */
export function CopyTemplateDialog({ from, taken, onClose, onCopied }: { from: Summary | null; taken: string[]; onClose(): void; onCopied(id: string): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  // Read when the dialog opens; the list's identity changes on every render.
  const takenRef = useRef(taken);
  takenRef.current = taken;
  const prefs = usePreferences();
  const savePreferences = useSetPreferences();
  const lastOffice = prefs.data?.templateOffice ?? '';
  const copy = useMutation({
    mutationFn: (v: Values) => call('templates.copy', { fromId: from!.id, newId: v.newId.trim(), office: v.office }),
    onSuccess: (template, v) => {
      if (v.office.trim()) savePreferences.mutate({ templateOffice: v.office.trim() });
      onCopied(template.id);
    },
    // Show the server's message under the field it is about (the office name, else the id).
    onError: (e) => {
      const aboutOffice = e instanceof ApiError && e.fields?.some((f) => f.path === 'office');
      form.setFields([{ name: aboutOffice ? 'office' : 'newId', errors: [e.message] }]);
    },
  });
  const lastOfficeRef = useRef(lastOffice);
  lastOfficeRef.current = lastOffice;
  // A fresh form each time the dialog opens, and only then: a late answer (the remembered office arriving
  // after the dialog opened, on a slow PC) must not wipe what the user typed meanwhile.
  useEffect(() => {
    if (!from) return;
    form.resetFields();
    form.setFieldsValue({ newId: suggestCopyId(from.id, takenRef.current), office: lastOfficeRef.current });
  }, [from, form]);
  // That late answer still fills the office name, unless the user has typed one.
  useEffect(() => {
    if (from && lastOffice && !form.isFieldTouched('office')) form.setFieldsValue({ office: lastOffice });
  }, [from, form, lastOffice]);
  return (
    <Modal
      open={from !== null}
      title={t('templates.copyTitle')}
      okText={t('templates.copyOk')}
      cancelText={t('templates.cancel')}
      confirmLoading={copy.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('templates.copyIntro', { title: from?.title ?? '' })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => copy.mutate(v)}>
        <Form.Item
          name="newId"
          label={t('templates.newId')}
          extra={t('templates.newIdHelp')}
          rules={[
            { required: true, whitespace: true, message: t('templates.required', { field: t('templates.newId') }) },
            { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, message: t('templates.newIdPattern') },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="office" label={t('templates.office')} rules={[{ required: true, whitespace: true, message: t('templates.required', { field: t('templates.office') }) }]}>
          <Input maxLength={100} placeholder={t('templates.officePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
