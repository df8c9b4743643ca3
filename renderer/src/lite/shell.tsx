import KeyOutlined from '@ant-design/icons-svg/es/asn/KeyOutlined';
import LeftOutlined from '@ant-design/icons-svg/es/asn/LeftOutlined';
import LogoutOutlined from '@ant-design/icons-svg/es/asn/LogoutOutlined';
import UserOutlined from '@ant-design/icons-svg/es/asn/UserOutlined';
import type { CSSProperties, ReactNode } from 'react';
import type { Me } from '../../../shared/contract/index';
import { mayOpen } from '../auth/access';
import { NavMenu } from '../nav-menu';
import { NAV_ITEMS } from '../nav-items';
import { navigate, type Route } from '../routes';
import { cx, HASH, VARS } from './antd-classes';
import { LiteIcon } from './icon';
import { IconLinkButton, Space, Tag, Text, Title } from './parts';
import type { LiteText } from './text';

/** The sider's inline style as antd's Sider writes it for App.tsx's props (unfolded, 200 px). */
const SIDER_STYLE: CSSProperties = { position: 'sticky', top: 0, height: '100vh', overflowY: 'auto', overflowX: 'hidden', flex: '0 0 200px', maxWidth: 200, minWidth: 200, width: 200 };

/**
 * The signed-in shell as App.tsx's antd Layout draws it with the menu unfolded — antd's App wrapper, the
 * gate's box, the sider (title, who is signed in, the menu, the fold trigger) and the content area — for
 * the light first screen (issue 17). The menu is the app's own (nav-menu.tsx): it already works here.
 */
export function LiteShell({ me, text, badge, children }: { me: Me; text: LiteText; badge: number; children: ReactNode }) {
  const { t, labels } = text;
  const items = NAV_ITEMS.filter((item) => mayOpen(me.roles, item.key)).map((item) => ({
    key: item.key,
    icon: <LiteIcon icon={item.icon} />,
    label: item.key === 'home' ? <LiteBadge count={badge}>{t(item.label)}</LiteBadge> : t(item.label),
  }));
  return (
    <div className={cx(HASH, 'ant-app', VARS)}>
      <div>
        <div className={cx('ant-layout ant-layout-has-sider', HASH, VARS)} style={{ minHeight: '100vh' }}>
          <aside className={cx('ant-layout-sider ant-layout-sider-light ant-layout-sider-has-trigger', HASH, VARS)} data-testid="app-sider" style={SIDER_STYLE}>
            <div className="ant-layout-sider-children">
              <div style={{ padding: '16px 16px 8px' }}>
                <Title level={5} style={{ margin: 0 }}>
                  {t('app.title')}
                </Title>
                <Text secondary>{t('app.subtitle')}</Text>
              </div>
              <section className="rd-user-panel" aria-label={t('auth.currentUser')} data-testid="user-panel">
                <Space size={6} align="center">
                  <LiteIcon icon={UserOutlined} />
                  <Text strong testId="user-name">
                    {me.displayName}
                  </Text>
                </Space>
                <div className="rd-user-roles">
                  {me.roles.map((r) => (
                    <Tag key={r} color="red">
                      {labels.role(r)}
                    </Tag>
                  ))}
                </div>
                <Space size={4} wrap>
                  <IconLinkButton icon={KeyOutlined}>{t('auth.changePassword')}</IconLinkButton>
                  <IconLinkButton icon={LogoutOutlined}>{t('auth.signOut')}</IconLinkButton>
                </Space>
              </section>
              <nav aria-label={t('app.title')}>
                <NavMenu items={items} selected="home" onOpen={(key) => navigate({ page: key } as Route)} />
              </nav>
            </div>
            <div className="ant-layout-sider-trigger" style={{ width: 200 }}>
              <LiteIcon icon={LeftOutlined} />
            </div>
          </aside>
          <main className={cx('ant-layout-content', HASH, VARS)} style={{ padding: 24, minWidth: 0 }}>
            <main>{children}</main>
          </main>
        </div>
      </div>
    </div>
  );
}

/** antd's small Badge with offset [10, 0] around the 待办 label (nothing drawn for zero). */
function LiteBadge({ count, children }: { count: number; children: ReactNode }) {
  const digits = String(count);
  return (
    <span data-testid="todo-badge" className={cx('ant-badge', HASH, VARS)}>
      {children}
      {count > 0 && (
        <sup data-show="true" className={cx('ant-scroll-number ant-badge-count ant-badge-count-sm', digits.length > 1 && 'ant-badge-multiple-words')} title={digits} style={{ marginTop: 0, insetInlineEnd: -10 }}>
          <bdi>
            {[...digits].map((d, i) => (
              <span key={i} className="ant-scroll-number-only" style={{ transition: 'none' }}>
                <span className="ant-scroll-number-only-unit current">{d}</span>
              </span>
            ))}
          </bdi>
        </sup>
      )}
    </span>
  );
}
