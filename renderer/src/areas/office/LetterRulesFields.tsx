import { Checkbox, Col, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import { LETTER_KINDS, NUMBERING_MODES, OPINION_GROUPINGS } from '../../../../shared/domain/letter';
import { useI18n } from '../../i18n';

/** How each letter kind is numbered, how opinions are grouped, which parts print, the return deadline. */
export function LetterRulesFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const numbering = Form.useWatch('numbering', form) as Record<string, { mode: string } | undefined> | undefined;
  return (
    <>
      <Typography.Text strong>{t('office.numbering')}</Typography.Text>
      {LETTER_KINDS.map((kind) => (
        <Row key={kind} gutter={16} align="middle">
          <Col xs={24} md={8}>
            <Typography.Text>{t(`letters.kind.${kind}`)}</Typography.Text>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['numbering', kind, 'mode']} style={{ marginBottom: 8 }}>
              <Select aria-label={`${t('office.numbering')} ${t(`letters.kind.${kind}`)}`} options={NUMBERING_MODES.map((m) => ({ value: m, label: t(`office.numbering.${m}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            {numbering?.[kind]?.mode === 'own' && (
              <Form.Item name={['numbering', kind, 'prefix']} style={{ marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: t('office.required', { field: t('office.numbering.prefix') }) }]}>
                <Input placeholder={t('office.numbering.prefix')} maxLength={20} />
              </Form.Item>
            )}
          </Col>
        </Row>
      ))}
      <Form.Item name="opinionGrouping" label={t('office.grouping')}>
        <Radio.Group options={OPINION_GROUPINGS.map((g) => ({ value: g, label: t(`office.grouping.${g}`) }))} />
      </Form.Item>
      <Space wrap size="large" style={{ marginBottom: 16 }}>
        <Form.Item name="printBasisPart" valuePropName="checked" noStyle>
          <Checkbox>{t('office.printBasis')}</Checkbox>
        </Form.Item>
        <Form.Item name="printMaterialsPart" valuePropName="checked" noStyle>
          <Checkbox>{t('office.printMaterials')}</Checkbox>
        </Form.Item>
        <Form.Item name="quoteArticles" valuePropName="checked" noStyle>
          <Checkbox>{t('office.quoteArticles')}</Checkbox>
        </Form.Item>
      </Space>
      <Form.Item name="returnDeadlineDays" label={t('office.returnDays')}>
        <NumberInput min={1} max={60} precision={0} />
      </Form.Item>
    </>
  );
}
