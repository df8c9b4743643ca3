import { DatePicker, Form, Input, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { typeOptionMatches, typeOptionRank } from './registration-keys';
import { matterTypeOptions } from './type-options';

export const ISO_DATE = 'YYYY-MM-DD';

/**
 * The registered fields of a matter (登记信息), shared by 新建事项 and 更正登记信息 so that both ask for the same
 * things with the same limits and the same Chinese messages. `ownUnit`: a liaison's unit, shown fixed (the server
 * enforces it); `beforeNote`: what the registration form puts between the dates and the note (the materials).
 */
export function MatterFields({ ownUnit = null, autoFocus = false, noteRows, beforeNote }: {
  ownUnit?: string | null;
  autoFocus?: boolean;
  noteRows: number;
  beforeNote?: ReactNode;
}) {
  const { t, labels } = useI18n();
  const required = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field }) }];
  return (
    <>
      <Form.Item name="title" label={t('matter.title')} rules={required(t('matter.title'))}>
        <Input autoFocus={autoFocus} maxLength={200} />
      </Form.Item>
      <Form.Item name="type" label={t('matter.type')} rules={[{ required: true, message: t('form.required', { field: t('matter.type') }) }]}>
        <Select
          options={matterTypeOptions(labels)}
          showSearch={{
            filterOption: (input, option) => typeOptionMatches(input, option),
            filterSort: (a, b, { searchValue }) => typeOptionRank(a, searchValue) - typeOptionRank(b, searchValue),
          }}
        />
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
          <DatePicker format={ISO_DATE} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('matter.dueOn')}>
          <DatePicker format={ISO_DATE} />
        </Form.Item>
      </Space>
      {beforeNote}
      <Form.Item name="note" label={t('matter.note')}>
        <Input.TextArea rows={noteRows} maxLength={2000} />
      </Form.Item>
    </>
  );
}
