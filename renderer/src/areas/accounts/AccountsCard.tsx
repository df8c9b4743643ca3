import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Account } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { AccountDialog, ResetPasswordDialog } from './AccountDialog';
import { useAccounts } from './use-accounts';

type Editing = { kind: 'create' } | { kind: 'edit'; account: Account } | { kind: 'reset'; account: Account } | null;

/** 账号: everyone who may sign in, their roles and whether they may still sign in (admin only). */
export function AccountsCard() {
  const { t, labels } = useI18n();
  const accounts = useAccounts();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  return (
    <Card
      title={t('accounts.title')}
      extra={
        <Button type="primary" onClick={() => setEditing({ kind: 'create' })}>
          {t('accounts.create')}
        </Button>
      }
    >
      <Table<Account>
        rowKey="id"
        size="small"
        loading={accounts.isLoading}
        dataSource={accounts.data ?? []}
        pagination={false}
        data-testid="accounts-table"
        columns={[
          { title: t('auth.login'), dataIndex: 'login', width: 120 },
          { title: t('accounts.displayName'), dataIndex: 'displayName', width: 110 },
          {
            title: t('accounts.roles'),
            key: 'roles',
            render: (_, a) => (
              <Space size={[0, 4]} wrap>
                {a.roles.map((r) => (
                  <Tag key={r}>{labels.role(r)}</Tag>
                ))}
              </Space>
            ),
          },
          { title: t('accounts.unit'), dataIndex: 'unit', width: 130, render: (v: string | null) => v ?? '—' },
          {
            title: t('accounts.enabled'),
            dataIndex: 'enabled',
            width: 80,
            render: (v: boolean) => (v ? <Tag color="green">{t('accounts.enabledYes')}</Tag> : <Tag>{t('accounts.enabledNo')}</Tag>),
          },
          {
            title: t('accounts.actions'),
            key: 'actions',
            width: 170,
            render: (_, a) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing({ kind: 'edit', account: a })} aria-label={t('accounts.editOf', { name: a.login })}>
                  {t('accounts.edit')}
                </Button>
                <Button type="link" size="small" onClick={() => setEditing({ kind: 'reset', account: a })} aria-label={t('accounts.resetOf', { name: a.login })}>
                  {t('accounts.resetPassword')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('accounts.rolesHelp')}
      </Typography.Paragraph>
      {editing?.kind === 'create' && <AccountDialog onClose={close} />}
      {editing?.kind === 'edit' && <AccountDialog account={editing.account} onClose={close} />}
      {editing?.kind === 'reset' && <ResetPasswordDialog account={editing.account} onClose={close} />}
    </Card>
  );
}
