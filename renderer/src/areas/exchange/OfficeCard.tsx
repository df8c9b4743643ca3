import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Select, Typography } from 'antd';
import { OFFICE_KINDS, OFFICE_KIND_ZH, suggestOfficeCode, type OfficeKind } from '../../../../shared/domain/exchange';
import { call } from '../../api/client';
import { saveFile } from '../../api/save-file';
import { useI18n } from '../../i18n';
import { exchangeKeys } from './keys';

/**
 * The office's identity and fingerprint. New installations make it at first-run setup; one set up before
 * exchange packages existed gets the form here on first use, filled in from the office settings.
 */
export function OfficeCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const office = useQuery({ queryKey: exchangeKeys.office, queryFn: () => call('exchange.office.get', {}) });
  const settings = useQuery({ queryKey: ['office.get'], queryFn: () => call('office.get', {}), enabled: office.data === null });
  const setup = useMutation({
    mutationFn: (v: { name: string; code: string; kind: OfficeKind }) => call('exchange.office.setup', v),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.office }),
    onError: (e) => message.error(e.message),
  });
  const exportKey = useMutation({
    mutationFn: () => call('exchange.office.exportKey', {}),
    onSuccess: (key) => saveFile(key.fileName, new TextEncoder().encode(key.json), 'application/json'),
    onError: (e) => message.error(e.message),
  });
  const identity = office.data;
  // The form waits for the office settings that fill it: remounting it when they arrive would wipe what the
  // user had already typed (a real loss, and the race the exchange e2e test hit in CI).
  const settingsReady = settings.isSuccess || settings.isError;
  return (
    <Card title={t('exchange.office')} size="small">
      {office.isPending ? null : identity ? (
        <>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('exchange.office.name')}>{identity.name}</Descriptions.Item>
            <Descriptions.Item label={t('exchange.office.code')}>{identity.code}</Descriptions.Item>
            <Descriptions.Item label={t('exchange.office.kind')}>{OFFICE_KIND_ZH[identity.kind]}</Descriptions.Item>
            <Descriptions.Item label={t('exchange.office.fingerprint')}>
              <Typography.Text code copyable data-testid="office-fingerprint">
                {identity.fingerprint}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Button onClick={() => exportKey.mutate()} loading={exportKey.isPending}>
            {t('exchange.office.exportKey')}
          </Button>
        </>
      ) : !settingsReady ? null : (
        <>
          <Typography.Paragraph type="secondary">{t('exchange.office.none')}</Typography.Paragraph>
          <Form
            layout="inline"
            initialValues={{ name: settings.data?.officeName || undefined, code: settings.data ? suggestOfficeCode(settings.data.numberPrefix) : undefined, kind: 'township-office' }}
            onFinish={(v: { name: string; code: string; kind: OfficeKind }) => setup.mutate(v)}
          >
            <Form.Item name="name" label={t('exchange.office.name')} rules={[{ required: true }]}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="code" label={t('exchange.office.code')} rules={[{ required: true }]}>
              <Input style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="kind" label={t('exchange.office.kind')} rules={[{ required: true }]}>
              <Select style={{ width: 120 }} options={OFFICE_KINDS.map((k) => ({ value: k, label: OFFICE_KIND_ZH[k] }))} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={setup.isPending}>
              {t('exchange.office.setup')}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
