import { Alert, App, Button, Card, Form, Space, Switch, Typography } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import { useI18n } from '../../i18n';
import { useSaveSecuritySettings, useSecuritySettings } from './use-accounts';

interface Values {
  idleMinutes: number;
  lanMode: boolean;
}

/** 安全设置: how long an idle session lasts, and whether colleagues may connect over the LAN. */
export function SecurityCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useSecuritySettings();
  const save = useSaveSecuritySettings();
  return (
    <Card title={t('security.title')}>
      {settings.error && <Alert type="error" title={t('error.load', { message: settings.error.message })} />}
      {settings.data && (
        <Form<Values>
          layout="vertical"
          name="security"
          initialValues={settings.data}
          disabled={save.isPending}
          onFinish={(v) =>
            save.mutate(v, {
              onSuccess: () => void message.success(t('security.saved')),
              onError: (e) => void message.error(e.message),
            })
          }
        >
          <Form.Item name="idleMinutes" label={t('security.idleMinutes')} extra={t('security.idleHint')} rules={[{ required: true, message: t('form.required', { field: t('security.idleMinutes') }) }]}>
            <NumberInput min={5} max={24 * 60} step={5} precision={0} suffix={t('security.minutes')} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="lanMode" label={t('security.lanMode')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('security.lanHint')}</Typography.Paragraph>
          {settings.data.singleUser && <Alert style={{ marginBottom: 16 }} type="info" showIcon title={t('security.singleUser')} />}
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('security.save')}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
