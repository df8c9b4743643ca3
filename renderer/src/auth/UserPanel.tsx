import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { Suspense, lazy, useState } from 'react';
import { useI18n } from '../i18n';
import { useSession } from './session';

// The dialog (antd's Form and Modal, the password rules) loads when asked for: it is not part of the first screen.
const ChangePasswordDialog = lazy(() => import('./ChangePasswordDialog').then((m) => ({ default: m.ChangePasswordDialog })));

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
      {changing && (
        <Suspense fallback={null}>
          <ChangePasswordDialog login={me.login} onClose={() => setChanging(false)} />
        </Suspense>
      )}
    </section>
  );
}
