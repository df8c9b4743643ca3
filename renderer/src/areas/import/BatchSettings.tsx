import { DatePicker, Form, Input, Select } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { MATTER_TYPES, type MatterType } from '../../../../shared/domain/matter';
import { useI18n } from '../../i18n';
import { officeToday } from '../../office-clock';

export interface BatchSettingsValues {
  type: MatterType;
  submittingUnit: string;
  township?: string;
  receivedOn: Dayjs;
}

/** What every matter of the batch is registered with; the title comes from each file's name. */
export function BatchSettings({ form, disabled }: { form: FormInstance<BatchSettingsValues>; disabled: boolean }) {
  const { t, labels } = useI18n();
  return (
    <Form<BatchSettingsValues>
      form={form}
      name="batch-import"
      layout="inline"
      disabled={disabled}
      initialValues={{ type: 'village.other', submittingUnit: t('import.defaultUnit'), receivedOn: officeToday() }}
    >
      <Form.Item name="type" label={t('matter.type')} rules={[{ required: true }]}>
        <Select style={{ width: 220 }} options={MATTER_TYPES.map((v) => ({ value: v, label: labels.matterType(v) }))} showSearch optionFilterProp="label" />
      </Form.Item>
      <Form.Item
        name="submittingUnit"
        label={t('matter.submittingUnit')}
        rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('matter.submittingUnit') }) }]}
      >
        <Input style={{ width: 220 }} maxLength={100} />
      </Form.Item>
      <Form.Item name="township" label={t('matter.township')}>
        <Input style={{ width: 160 }} maxLength={50} />
      </Form.Item>
      <Form.Item name="receivedOn" label={t('matter.receivedOn')} rules={[{ required: true }]}>
        <DatePicker format="YYYY-MM-DD" allowClear={false} />
      </Form.Item>
    </Form>
  );
}
