import { Alert, Button, Card, Checkbox, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { passwordProblem, type Role } from '../../../shared/domain/account';
import { OFFICE_CODE_PATTERN, OFFICE_KINDS, OFFICE_KIND_ZH, suggestOfficeCode, type OfficeKind } from '../../../shared/domain/exchange';
import { ApiError, call } from '../api/client';
import { useI18n } from '../i18n';
import { fieldErrors } from './form-errors';

interface Values {
  officeName: string;
  officeCode: string;
  officeKind: OfficeKind;
  exchangeCode?: string;
  login: string;
  displayName: string;
  roles: Role[];
  password: string;
  confirm: string;
  singleUser: boolean;
}

/** The roles the first administrator may also hold: a one-person office does everything itself. */
const EXTRA_ROLES: Role[] = ['reviewer', 'approver'];

/** First run: the office and its first administrator. */
export function SetupPage({ onDone }: { onDone(): void }) {
  const { t, labels } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (v: Values) => {
    setPending(true);
    setError(null);
    try {
      await call('auth.setup', {
        officeName: v.officeName,
        officeCode: v.officeCode,
        officeKind: v.officeKind,
        exchangeCode: v.exchangeCode?.trim() || undefined,
        admin: { login: v.login, displayName: v.displayName, roles: ['admin', ...v.roles.filter((r) => r !== 'admin')], unit: null, password: v.password },
        singleUser: v.singleUser,
      });
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.fields) form.setFields(fieldErrors<Values>(e.fields, (path) => path.replace(/^admin\./, '')));
      setError((e as Error).message);
      setPending(false);
    }
  };
  return (
    <main className="rd-auth-center">
      <Card className="rd-auth-card rd-auth-card-wide">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('auth.setup.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.setup.intro')}</Typography.Paragraph>
        {error && <Alert role="alert" style={{ marginBottom: 16 }} type="error" showIcon title={error} />}
        <Form<Values>
          form={form}
          layout="vertical"
          name="setup"
          initialValues={{ roles: ['admin', ...EXTRA_ROLES], singleUser: false, officeKind: 'township-office' }}
          onFinish={(v) => void submit(v)}
          disabled={pending}
        >
          <Form.Item name="officeName" label={t('auth.setup.officeName')} extra={t('auth.setup.officeNameHint')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('auth.setup.officeName') }) }]}>
            <Input autoFocus maxLength={60} />
          </Form.Item>
          <Form.Item name="officeCode" label={t('auth.setup.officeCode')} extra={t('auth.setup.officeCodeHint')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('auth.setup.officeCode') }) }]}>
            <Input maxLength={10} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="officeKind" label={t('auth.setup.officeKind')} extra={t('auth.setup.officeKindHint')}>
            <Select style={{ width: 200 }} options={OFFICE_KINDS.map((k) => ({ value: k, label: OFFICE_KIND_ZH[k] }))} />
          </Form.Item>
          <Form.Item noStyle dependencies={['officeCode']}>
            {({ getFieldValue }) => (
              <Form.Item
                name="exchangeCode"
                label={t('auth.setup.exchangeCode')}
                extra={t('auth.setup.exchangeCodeHint')}
                rules={[{ pattern: OFFICE_CODE_PATTERN, message: t('auth.setup.exchangeCodePattern') }]}
              >
                <Input maxLength={32} style={{ width: 200 }} placeholder={suggestOfficeCode(String(getFieldValue('officeCode') ?? ''))} />
              </Form.Item>
            )}
          </Form.Item>
          <Typography.Title level={5}>{t('auth.setup.adminTitle')}</Typography.Title>
          <Form.Item name="login" label={t('auth.login')} extra={t('accounts.loginHint')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('auth.login') }) }]}>
            <Input autoComplete="username" maxLength={32} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="displayName" label={t('accounts.displayName')} extra={t('accounts.displayNameHint')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('accounts.displayName') }) }]}>
            <Input maxLength={32} style={{ width: 240 }} />
          </Form.Item>
          <PasswordFields />
          <Form.Item name="roles" label={t('auth.setup.roles')} extra={t('auth.setup.rolesHint')}>
            <Checkbox.Group
              options={[
                { value: 'admin', label: labels.role('admin'), disabled: true },
                ...EXTRA_ROLES.map((r) => ({ value: r, label: labels.role(r) })),
              ]}
            />
          </Form.Item>
          <Form.Item name="singleUser" valuePropName="checked" extra={t('auth.setup.singleUserHint')}>
            <Checkbox>{t('auth.setup.singleUser')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={pending}>
            {t('auth.setup.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}

/**
 * 密码 and 确认密码 with the office's password policy checked as the person types (the server checks
 * it again). Reads the login from the same form, since the password may not contain it.
 */
export function PasswordFields({ name = 'password', label }: { name?: string; label?: string }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name={name}
        label={label ?? t('auth.password')}
        extra={t('accounts.passwordPolicy')}
        dependencies={['login']}
        rules={[
          { required: true, message: t('form.required', { field: label ?? t('auth.password') }) },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) => {
              const problem = value ? passwordProblem(value, String(getFieldValue('login') ?? '') || '\u0000') : null;
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('accounts.confirmPassword')}
        dependencies={[name]}
        rules={[
          { required: true, message: t('accounts.confirmPassword') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error(t('accounts.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} style={{ width: 240 }} />
      </Form.Item>
    </>
  );
}
