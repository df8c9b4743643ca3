import { App, Checkbox, Form, Input, Modal, Switch } from 'antd';
import type { Account } from '../../../../shared/contract/index';
import { ROLES, type Role } from '../../../../shared/domain/account';
import { ApiError } from '../../api/client';
import { PasswordFields } from '../../auth/SetupPage';
import { fieldErrors } from '../../auth/form-errors';
import { useI18n } from '../../i18n';
import { useAccountActions } from './use-accounts';

interface Values {
  login: string;
  displayName: string;
  roles: Role[];
  unit?: string;
  enabled: boolean;
  password: string;
  confirm: string;
}

/**
 * 新建账号 / 编辑账号. Enter in any field saves (a hidden submit button), Esc cancels; the login cannot
 * change once created, since the audit trail records it.
 */
export function AccountDialog({ account, onClose }: { account?: Account; onClose(): void }) {
  const { t, labels } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { create, update } = useAccountActions();
  const pending = create.isPending || update.isPending;
  const onError = (e: Error) => {
    if (e instanceof ApiError && e.fields) form.setFields(fieldErrors<Values>(e.fields));
    void message.error(e.message);
  };
  const save = (v: Values) => {
    const unit = v.unit?.trim() || null;
    const done = () => {
      void message.success(t('accounts.saved'));
      onClose();
    };
    if (account) update.mutate({ id: account.id, displayName: v.displayName, roles: v.roles, unit, enabled: v.enabled }, { onSuccess: done, onError });
    else create.mutate({ login: v.login, displayName: v.displayName, roles: v.roles, unit, password: v.password }, { onSuccess: done, onError });
  };
  return (
    <Modal
      open
      title={account ? t('accounts.editTitle', { name: account.login }) : t('accounts.create')}
      okText={t('accounts.save')}
      cancelText={t('review.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="account"
        initialValues={account ? { ...account, unit: account.unit ?? undefined } : { roles: ['reviewer'], enabled: true }}
        onFinish={save}
        disabled={pending}
      >
        <Form.Item name="login" label={t('auth.login')} extra={account ? undefined : t('accounts.loginHint')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('auth.login') }) }]}>
          <Input autoFocus={!account} disabled={Boolean(account)} maxLength={32} autoComplete="off" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="displayName" label={t('accounts.displayName')} extra={t('accounts.displayNameHint')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('accounts.displayName') }) }]}>
          <Input autoFocus={Boolean(account)} maxLength={32} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="roles" label={t('accounts.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('accounts.needRole') }]}>
          <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: labels.role(r) }))} />
        </Form.Item>
        <Form.Item
          name="unit"
          label={t('accounts.unit')}
          extra={t('accounts.unitHint')}
          dependencies={['roles']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                (getFieldValue('roles') as Role[] | undefined)?.includes('liaison') && !value?.trim()
                  ? Promise.reject(new Error(t('accounts.liaisonNeedsUnit')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input maxLength={100} style={{ width: 320 }} />
        </Form.Item>
        {account ? (
          <Form.Item name="enabled" label={t('accounts.enabled')} valuePropName="checked" extra={t('accounts.enabledHint')}>
            <Switch />
          </Form.Item>
        ) : (
          <PasswordFields />
        )}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}

interface ResetValues {
  login: string;
  password: string;
  confirm: string;
}

/** 重置密码: the admin sets a new password and tells the person; their other sessions end. */
export function ResetPasswordDialog({ account, onClose }: { account: Account; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();
  const { resetPassword } = useAccountActions();
  return (
    <Modal
      open
      title={t('accounts.resetTitle', { name: `${account.displayName}（${account.login}）` })}
      okText={t('accounts.resetPassword')}
      cancelText={t('review.cancel')}
      confirmLoading={resetPassword.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ResetValues>
        form={form}
        layout="vertical"
        name="reset-password"
        initialValues={{ login: account.login }}
        onFinish={(v) =>
          resetPassword.mutate(
            { id: account.id, password: v.password },
            {
              onSuccess: () => {
                void message.success(t('accounts.resetDone'));
                onClose();
              },
            },
          )
        }
      >
        <Form.Item name="login" hidden>
          <Input />
        </Form.Item>
        <PasswordFields label={t('auth.newPassword')} />
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
