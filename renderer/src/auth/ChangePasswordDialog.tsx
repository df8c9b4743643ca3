import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError, call } from '../api/client';
import { useI18n } from '../i18n';
import { PasswordFields } from './SetupPage';
import { fieldErrors } from './form-errors';

/** 修改密码: the signed-in account's own password (opened from the user panel). */
interface PasswordValues {
  current: string;
  next: string;
  confirm: string;
  login: string;
}

export function ChangePasswordDialog({ login, onClose }: { login: string; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const [pending, setPending] = useState(false);
  const save = async (v: PasswordValues) => {
    setPending(true);
    try {
      await call('auth.changePassword', { current: v.current, next: v.next });
      void message.success(t('auth.passwordChanged'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.fields) form.setFields(fieldErrors<PasswordValues>(e.fields));
      void message.error((e as Error).message);
      setPending(false);
    }
  };
  return (
    <Modal
      open
      title={t('auth.changePassword')}
      okText={t('accounts.save')}
      cancelText={t('review.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<PasswordValues> form={form} layout="vertical" name="change-password" initialValues={{ login }} onFinish={(v) => void save(v)}>
        {/* The policy check reads the login from the form (a password may not contain it). */}
        <Form.Item name="login" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="current" label={t('auth.currentPassword')} rules={[{ required: true, message: t('form.required', { field: t('auth.currentPassword') }) }]}>
          <Input.Password autoFocus autoComplete="current-password" maxLength={128} style={{ width: 240 }} />
        </Form.Item>
        <PasswordFields name="next" label={t('auth.newPassword')} />
        {/* Enter in the last field submits, as in any dialog form. */}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
