import { Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { CERTAINTIES, CHECKLIST_DIMENSIONS, type ChecklistItem } from '../../../../shared/domain/checklist';
import { SEVERITIES } from '../../../../shared/domain/matter';
import { useI18n } from '../../i18n';
import { basisCitation, checklistLabels } from '../review/checklist-labels';
import { useBasisLibrary } from '../review/review-data';

interface Props {
  open: boolean;
  /** The item being edited, or null for a new one. */
  item: ChecklistItem | null;
  onCancel(): void;
  /** Returns an error message to show, or null when the item was taken. */
  onSubmit(item: ChecklistItem): string | null;
}

const EMPTY: Partial<ChecklistItem> = { dimension: 'content', defaultSeverity: 'should', required: false, certainty: 'practice', basis: [] };

/** Adds or edits one checklist item: question, guidance, basis from the library, severity, marks. */
export function TemplateItemForm({ open, item, onCancel, onSubmit }: Props) {
  const { t, locale, labels } = useI18n();
  const marks = checklistLabels(locale);
  const [form] = Form.useForm<ChecklistItem>();
  const { byId } = useBasisLibrary();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(item ?? EMPTY);
  }, [open, item, form]);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('templates.required', { field }) }];
  return (
    <Modal
      open={open}
      width={720}
      title={item ? t('templates.editItem') : t('templates.addItem')}
      okText={t('templates.ok')}
      cancelText={t('templates.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
    >
      <Form<ChecklistItem>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          const note = values.note?.trim();
          const error = onSubmit({ ...values, id: values.id.trim(), question: values.question.trim(), guidance: values.guidance.trim(), note: note || undefined });
          if (error) form.setFields([{ name: 'id', errors: [error] }]);
        }}
      >
        <Form.Item
          name="id"
          label={t('templates.item.id')}
          extra={item ? t('templates.item.idFixed') : t('templates.item.idHelp')}
          rules={[...required(t('templates.item.id')), { pattern: /^[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*$/, message: t('templates.item.idPattern') }]}
        >
          <Input maxLength={100} disabled={item !== null} />
        </Form.Item>
        <Form.Item name="dimension" label={t('templates.item.dimension')} rules={[{ required: true }]}>
          <Select options={CHECKLIST_DIMENSIONS.map((d) => ({ value: d, label: marks.dimension(d) }))} />
        </Form.Item>
        <Form.Item name="question" label={t('templates.item.question')} rules={required(t('templates.item.question'))}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="guidance" label={t('templates.item.guidance')} rules={required(t('templates.item.guidance'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={3000} />
        </Form.Item>
        <Form.Item name="basis" label={t('templates.item.basis')} extra={t('templates.item.basisHelp')}>
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            options={[...byId.values()].map((e) => ({ value: e.id, label: `${basisCitation(e)} ${e.id}` }))}
          />
        </Form.Item>
        <Form.Item name="defaultSeverity" label={t('templates.item.severity')}>
          <Radio.Group optionType="button" options={SEVERITIES.map((s) => ({ value: s, label: labels.severity(s) }))} />
        </Form.Item>
        <Form.Item name="certainty" label={t('templates.item.certainty')} extra={t('templates.item.certaintyHelp')}>
          <Select options={CERTAINTIES.map((c) => ({ value: c, label: `${marks.certainty(c)} ${t(`review.certainty.${c}` as const)}` }))} />
        </Form.Item>
        <Form.Item name="required" label={t('templates.item.required')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="note" label={t('templates.item.note')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
