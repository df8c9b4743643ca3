import { Checkbox, Col, Form, Input, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n';
import { formatLetterNumber } from '../../../../shared/domain/letter-number';
import { LetterRulesFields } from './LetterRulesFields';
import { useToday } from '../records/use-today';

/** Office name, 文号, header, seal and the handling line. */
export function BasicFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const today = useToday();
  const pattern = Form.useWatch('numberPattern', form) as string | undefined;
  const prefix = Form.useWatch('numberPrefix', form) as string | undefined;
  const required = (field: string) => [{ required: true, whitespace: true, message: t('office.required', { field }) }];
  const example = pattern?.includes('{n}') ? formatLetterNumber(pattern, prefix?.trim() ?? '', dayjs(today).year(), 15) : null;
  return (
    <>
      <Form.Item name="officeName" label={t('office.officeName')} extra={t('office.officeNameHint')} rules={required(t('office.officeName'))}>
        <Input maxLength={60} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="numberPrefix" label={t('office.numberPrefix')} rules={required(t('office.numberPrefix'))}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="numberPattern"
            label={t('office.numberPattern')}
            extra={t('office.numberPatternHint')}
            rules={[
              ...required(t('office.numberPattern')),
              { validator: (_, v: string | undefined) => (v?.includes('{n}') ? Promise.resolve() : Promise.reject(new Error(t('office.numberInvalid')))) },
            ]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Col>
      </Row>
      {example && (
        <Typography.Paragraph data-testid="number-example">
          {t('office.numberExample', { example })}
        </Typography.Paragraph>
      )}
      <Space wrap size="large" style={{ marginBottom: 16 }}>
        <Form.Item name="showOfficeHeader" valuePropName="checked" noStyle>
          <Checkbox>{t('office.showHeader')}</Checkbox>
        </Form.Item>
        <Form.Item name="sealed" valuePropName="checked" noStyle>
          <Checkbox>{t('office.sealed')}</Checkbox>
        </Form.Item>
        <Form.Item name={['signatureLines', 'show']} valuePropName="checked" noStyle>
          <Checkbox>{t('office.signatureShow')}</Checkbox>
        </Form.Item>
      </Space>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name={['signatureLines', 'reviewerLabel']} label={t('office.reviewerLabel')} rules={required(t('office.reviewerLabel'))}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['signatureLines', 'approverLabel']} label={t('office.approverLabel')} rules={required(t('office.approverLabel'))}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
      <LetterRulesFields />
    </>
  );
}
