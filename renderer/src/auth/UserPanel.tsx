import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, call } from '../api/client';
import { useI18n } from '../i18n';
import { PasswordFields } from './SetupPage';
import { fieldErrors } from './form-errors';
import { useSession } from './session';

/** Who is signed in (name and roles), with 修改密码 and 退出登录; sits at the top of the sider. */
export function UserPanel() {
  const { t, labels } = useI18n();
  const { me, signOut } = useSession();
  const [changing, setChanging] = useState(false);
  return (
    <section className="rd-user-panel" aria-label={t('auth.currentUser')} data-testid="user-panel">
      <Space size={6} align="center">
        <UserOutlined />
        <Typography.Text strong data-testid="user-name">
          {me.displayName}
        </Typography.Text>
      </Space>
      <div className="rd-user-roles">
        {me.roles.map((r) => (
          <Tag key={r} bordered={false} color="red">
            {labels.role(r)}
          </Tag>
        ))}
      </div>
      <Space size={4} wrap>
        <Button size="small" type="link" icon={<KeyOutlined />} onClick={() => setChanging(true)}>
          {t('auth.changePassword')}
        </Button>
        <Button size="small" type="link" icon={<LogoutOutlined />} onClick={() => void signOut()}>
          {t('auth.signOut')}
        </Button>
      </Space>
      {changing && <ChangePasswordDialog login={me.login} onClose={() => setChanging(false)} />}
    </section>
  );
}

interface PasswordValues {
  current: string;
  next: string;
  confirm: string;
  login: string;
}

function ChangePasswordDialog({ login, onClose }: { login: string; onClose(): void }) {
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
