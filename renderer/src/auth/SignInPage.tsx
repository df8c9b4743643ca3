import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { Me } from '../../../shared/contract/index';
import { call, type SignInReason } from '../api/client';
import { useI18n } from '../i18n';

interface Values {
  login: string;
  password: string;
}

/**
 * 登录. Enter in either field submits; the server's message is shown as it is (wrong password, account
 * disabled, too many failures and how long to wait).
 */
export function SignInPage({
  officeName,
  reason,
  previousLogin,
  onSignedIn,
}: {
  officeName: string | null;
  reason: SignInReason | null;
  previousLogin?: string;
  onSignedIn(me: Me): void;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (values: Values) => {
    setPending(true);
    setError(null);
    try {
      const { me } = await call('auth.login', { login: values.login, password: values.password });
      onSignedIn(me);
    } catch (e) {
      setError((e as Error).message);
      setPending(false);
    }
  };
  return (
    <main className="rd-auth-center">
      <Card className="rd-auth-card">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('auth.signIn.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{officeName ? `${officeName} · ${t('app.title')}` : t('app.title')}</Typography.Paragraph>
        {reason && !error && (
          <Alert style={{ marginBottom: 16 }} type="warning" showIcon title={reason === 'expired' ? t('auth.signIn.expired') : t('auth.signIn.required')} />
        )}
        {error && <Alert role="alert" style={{ marginBottom: 16 }} type="error" showIcon title={error} data-testid="sign-in-error" />}
        <Form<Values> layout="vertical" name="sign-in" initialValues={{ login: previousLogin ?? '' }} onFinish={(v) => void submit(v)} disabled={pending} requiredMark={false}>
          <Form.Item name="login" label={t('auth.login')} rules={[{ required: true, whitespace: true, message: t('auth.signIn.needLogin') }]}>
            <Input autoFocus={!previousLogin} autoComplete="username" maxLength={64} />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.signIn.needPassword') }]}>
            <Input.Password autoFocus={Boolean(previousLogin)} autoComplete="current-password" maxLength={128} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={pending}>
            {t('auth.signIn.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
