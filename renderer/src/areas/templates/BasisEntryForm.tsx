import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { CERTAINTIES, type LegalBasisEntry } from '../../../../shared/domain/checklist';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { checklistLabels } from '../review/checklist-labels';

interface Values extends Omit<LegalBasisEntry, 'aliases'> {
  aliases?: string[];
}

/**
 * Adds an entry to the office's legal-basis library or edits one (the office's copy then wins over
 * the shipped entry with the same id). New entries start as 未核实 and as a summary, never as statute text.
 */
export function BasisEntryForm({ entry, open, onClose }: { entry: LegalBasisEntry | null; open: boolean; onClose(): void }) {
  const { t, locale } = useI18n();
  const marks = checklistLabels(locale);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const clean = (s?: string) => s?.trim() || undefined;
      return call('library.basis.save', {
        entry: {
          ...v,
          article: v.article?.trim() ?? '',
          effectiveDate: clean(v.effectiveDate),
          version: clean(v.version),
          source: clean(v.source),
          note: clean(v.note),
          aliases: v.aliases?.length ? v.aliases : undefined,
        },
      });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['library.basis.search'] });
      void queryClient.invalidateQueries({ queryKey: ['library.basis.all'] });
      onClose();
    },
    onError: (e) => setError(e.message),
  });
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(entry ?? { verbatim: false, certainty: 'unverified', article: '' });
  }, [open, entry, form]);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('templates.required', { field }) }];
  return (
    <Modal
      open={open}
      width={680}
      title={entry ? t('library.basis.edit') : t('library.basis.add')}
      okText={t('templates.ok')}
      cancelText={t('templates.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="id"
          label={t('library.basis.id')}
          extra={t('library.basis.idHelp')}
          rules={[...required(t('library.basis.id')), { pattern: /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, message: t('library.basis.idPattern') }]}
        >
          <Input maxLength={100} disabled={entry !== null} />
        </Form.Item>
        <Form.Item name="law" label={t('library.basis.law')} rules={required(t('library.basis.law'))}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="article" label={t('library.basis.article')} extra={t('library.basis.articleHelp')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="summary" label={t('library.basis.summary')} rules={required(t('library.basis.summary'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="verbatim" valuePropName="checked" extra={t('library.basis.verbatimHelp')}>
          <Checkbox>{t('library.basis.verbatimLabel')}</Checkbox>
        </Form.Item>
        <Form.Item name="certainty" label={t('library.basis.certainty')}>
          <Select options={CERTAINTIES.map((c) => ({ value: c, label: `${marks.certainty(c)} ${t(`review.certainty.${c}` as const)}` }))} />
        </Form.Item>
        <Form.Item name="version" label={t('library.basis.versionLabel')}>
          <Input maxLength={100} placeholder="2018修正" />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('library.basis.effectiveDate')} rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('library.basis.datePattern') }]}>
          <Input maxLength={10} placeholder="2025-05-01" />
        </Form.Item>
        <Form.Item name="aliases" label={t('library.basis.aliases')}>
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="source" label={t('library.basis.source')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="note" label={t('templates.item.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
