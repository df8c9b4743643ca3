import { Form, Input, Select, Typography } from 'antd';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';

const CHAINS: { role: 'title' | 'body' | 'heading1' | 'heading2' | 'pageNumber'; label: MessageKey }[] = [
  { role: 'title', label: 'office.font.title' },
  { role: 'body', label: 'office.font.body' },
  { role: 'heading1', label: 'office.font.heading1' },
  { role: 'heading2', label: 'office.font.heading2' },
  { role: 'pageNumber', label: 'office.font.pageNumber' },
];

/** Font names per element, most preferred first, as offices have them installed. */
export function FontsFields() {
  const { t } = useI18n();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('office.fontsHint')}</Typography.Paragraph>
      {CHAINS.map(({ role, label }) => (
        <Form.Item
          key={role}
          name={['fonts', role]}
          label={t(label)}
          rules={[{ required: true, type: 'array', min: 1, message: t('office.fontsRequired') }]}
        >
          <Select mode="tags" suffixIcon={null} tokenSeparators={[',', '，', ';', '；']} />
        </Form.Item>
      ))}
      <Form.Item name={['fonts', 'latin']} label={t('office.font.latin')}>
        <Input maxLength={60} placeholder="Times New Roman" />
      </Form.Item>
    </>
  );
}
