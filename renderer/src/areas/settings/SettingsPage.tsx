import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Radio, Space, Typography } from 'antd';
import { call } from '../../api/client';
import { LOCALES, useI18n, type Locale } from '../../i18n';
import { useCan } from '../../auth/session';
import { useSetPreferences } from '../../auth/preferences';
import { AccountsCard } from '../accounts/AccountsCard';
import { SecurityCard } from '../accounts/SecurityCard';
import { OfficeSettingsCard } from '../office/OfficeSettingsCard';
import { BackupCard } from '../backup/BackupCard';
import { StatuteImportCard } from '../statutes/StatuteImportCard';
import { MaterialListsCard } from '../casefile/MaterialListsCard';
import { TimeZoneCard } from './TimeZoneCard';

const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };

export function SettingsPage() {
  const { t, locale, setLocale } = useI18n();
  const can = useCan();
  const savePreferences = useSetPreferences();
  const info = useQuery({ queryKey: ['system.info'], queryFn: () => call('system.info', {}) });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={3}>{t('settings.title')}</Typography.Title>
      <Card title={t('settings.language')}>
        <Radio.Group
          value={locale}
          onChange={(e) => {
            const next = e.target.value as Locale;
            setLocale(next);
            savePreferences.mutate({ locale: next });
          }}
          options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
          optionType="button"
        />
      </Card>
      <TimeZoneCard />
      {can('office.save') && <OfficeSettingsCard />}
      {can('materials.saveLists') && <MaterialListsCard />}
      {can('accounts.create') && (
        <>
          <Typography.Title level={4} id="accounts" style={{ marginBottom: 0 }}>
            {t('accounts.section')}
          </Typography.Title>
          <AccountsCard />
        </>
      )}
      {can('security.settings.get') && <SecurityCard />}
      {can('backup.status') && <BackupCard />}
      {can('law.import') && <StatuteImportCard />}
      <Card title={t('settings.about')}>
        {info.data && (
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('settings.version')}>{info.data.version}</Descriptions.Item>
            <Descriptions.Item label={t('settings.schema')}>{info.data.schemaVersion}</Descriptions.Item>
            <Descriptions.Item label={t('settings.dataDir')}>{info.data.dataDir}</Descriptions.Item>
            <Descriptions.Item label={t('settings.door')}>{t(`door.${info.data.door}`)}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
    </Space>
  );
}
