import { UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, ConfigProvider, Layout, Menu, Spin, Tooltip, Typography } from 'antd';
import { Suspense, useState } from 'react';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useI18n } from './i18n';
import { navigate, useRoute, type Route } from './routes';
import {
  AuditPage,
  BatchImportPage,
  DeadlineSettingsPage,
  DecisionCataloguePage,
  ExchangePage,
  LedgerPage,
  MatterPage,
  MattersPage,
  NewMatterPage,
  NormativeRegistryPage,
  QueuePage,
  SearchPage,
  SettingsPage,
  StatsPage,
  StatutesPage,
  TemplatesPage,
  IncompletePage,
  HolidaysPage,
} from './pages';
import { mayOpen } from './auth/access';
import { preloadPage } from './page-loaders';
import { AuthGate, NoAccess, useSession } from './auth/session';
import { UserPanel } from './auth/UserPanel';
import { PreferencesSync, usePreferences, useSetPreferences } from './auth/preferences';
import { RemindersBadge } from './areas/reminders/RemindersBadge';
import { QuietNotices } from './notices/quiet-notices';
import { THEME } from './theme';
import { NavMenu } from './nav-menu';
import { NAV_ITEMS } from './nav-items';
import { LiteIcon } from './lite/icon';


export function App() {
  const { locale } = useI18n();
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={THEME}>
      {/* Several files uploaded at once each report: three notices at a time, not a column down the screen. */}
      <AntApp message={{ maxCount: 3 }} notification={{ maxCount: 3 }}>
        <QuietNotices>
          <AuthGate>
            <Shell />
          </AuthGate>
        </QuietNotices>
      </AntApp>
    </ConfigProvider>
  );
}

/** The signed-in app: a sider with the screens this person's roles reach, and the current screen. */
function Shell() {
  const { t } = useI18n();
  const { me } = useSession();
  const route = useRoute();
  // The same list, labels and icons as the light first screen's sider (lite/shell.tsx).
  const items = NAV_ITEMS.map((item) => ({
    key: item.key,
    icon: <LiteIcon icon={item.icon} />,
    label: item.key === 'home' ? <RemindersBadge>{t(item.label)}</RemindersBadge> : t(item.label),
  }))
    .filter((item) => mayOpen(me.roles, item.key as Route['page']))
    // A screen's code starts loading while the pointer rests on its menu item, before the click.
    .map((item) => ({ ...item, onMouseEnter: () => preloadPage(item.key as Route['page']) }));
  // A liaison has no queue: their home is the list of their unit's matters.
  const shown: Route = route.page === 'home' && !mayOpen(me.roles, 'home') ? { page: 'matters' } : route;
  const [collapsed, setCollapsed] = useSiderCollapsed();
  const selected = shown.page === 'matter' ? 'matters' : shown.page;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <PreferencesSync />
      {/* Sticky: the menu stays in view on long pages; collapsible to icons for a laptop screen. */}
      <Layout.Sider
        theme="light"
        width={200}
        collapsedWidth={64}
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        data-testid="app-sider"
        style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto', overflowX: 'hidden' }}
      >
        {!collapsed && (
          <div style={{ padding: '16px 16px 8px' }}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('app.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
          </div>
        )}
        {collapsed ? (
          // Folded: who is signed in stays one click away (unfolds the menu with the full panel).
          <div style={{ padding: '16px 0 8px', textAlign: 'center' }}>
            <Tooltip title={me.displayName} placement="right">
              <Button type="text" icon={<UserOutlined />} aria-label={me.displayName} onClick={() => setCollapsed(false)} />
            </Tooltip>
          </div>
        ) : (
          <UserPanel />
        )}
        <nav aria-label={t('app.title')}>
          {collapsed ? (
            <Menu mode="inline" selectedKeys={[selected]} items={items} onClick={({ key }) => navigate({ page: key } as Route)} />
          ) : (
            // Unfolded, the menu needs none of antd's Menu machinery (tooltips for the folded icons): nav-menu.tsx.
            <NavMenu items={items} selected={selected} onOpen={(key) => navigate({ page: key } as Route)} />
          )}
        </nav>
      </Layout.Sider>
      {/* minWidth 0: a wide table scrolls inside the page instead of widening the page past the window. */}
      <Layout.Content style={{ padding: 24, minWidth: 0 }}>
        <main>
          {mayOpen(me.roles, shown.page) ? (
            // Each page loads its own chunk when first opened (pages.ts); a spinner shows meanwhile.
            <Suspense fallback={<Spin style={{ display: 'block', marginTop: 48 }} />}>
              <Page route={shown} />
            </Suspense>
          ) : (
            <NoAccess />
          )}
        </main>
      </Layout.Content>
    </Layout>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <QueuePage />;
    case 'ledger':
      return <LedgerPage />;
    case 'stats':
      return <StatsPage />;
    case 'normative':
      return <NormativeRegistryPage />;
    case 'decisions':
      return <DecisionCataloguePage />;
    case 'deadline-settings':
      return <DeadlineSettingsPage />;
    case 'matters':
      return <MattersPage />;
    case 'new-matter':
      return <NewMatterPage />;
    case 'matter':
      return <MatterPage id={route.id} tab={route.tab} />;
    case 'settings':
      return <SettingsPage />;
    case 'templates':
      return <TemplatesPage />;
    case 'search':
      return <SearchPage params={route.params} />;
    case 'batch-import':
      return <BatchImportPage />;
    case 'audit':
      return <AuditPage />;
    case 'exchange':
      return <ExchangePage />;
    case 'statutes':
      return <StatutesPage params={route.params} />;
    case 'incomplete':
      return <IncompletePage />;
    case 'holidays':
      return <HolidaysPage />;
  }
}

/**
 * Whether the menu is folded to icons: the person's choice, kept with their preferences in the archive
 * (unfolded until they fold it); the click shows at once, before the save returns.
 */
function useSiderCollapsed(): [boolean, (collapsed: boolean) => void] {
  const prefs = usePreferences();
  const { mutate } = useSetPreferences();
  const [chosen, setChosen] = useState<boolean | null>(null);
  const set = (next: boolean) => {
    setChosen(next);
    mutate({ siderCollapsed: next });
  };
  return [chosen ?? prefs.data?.siderCollapsed ?? false, set];
}
