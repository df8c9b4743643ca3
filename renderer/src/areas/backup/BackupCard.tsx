import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import { useEffect, useState } from 'react';
import type { BackupEntry, BackupSettings } from '../../../../shared/contract/backup';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { RestoreDialog } from './RestoreDialog';
import { backupKeys, sizeText, useBackupList, useBackupStatus } from './use-backup';
import { useOfficeClock } from '../../office-clock';

interface SettingsForm {
  folder: string;
  keepDays: number;
  daily: boolean;
  /** Write-only: a new office backup passphrase (empty keeps the current one). */
  officePassphrase?: string;
  removePassphrase?: boolean;
}

/** 设置 → 备份与恢复: where backups go, back up now (optionally encrypted), the list, restore. */
export function BackupCard() {
  const { t } = useI18n();
  const clock = useOfficeClock();
  const { message } = App.useApp();
  const client = useQueryClient();
  const status = useBackupStatus();
  const list = useBackupList();
  const [form] = Form.useForm<SettingsForm>();
  const [busy, setBusy] = useState<'save' | 'backup' | null>(null);
  const [askPassphrase, setAskPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState(['', '']);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);

  useEffect(() => {
    const s = status.data?.settings;
    if (s) form.setFieldsValue({ folder: s.folder ?? '', keepDays: s.keepDays, daily: s.daily });
  }, [status.data?.settings, form]);

  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: backupKeys.status }), client.invalidateQueries({ queryKey: backupKeys.list })]);

  const save = async () => {
    const v = await form.validateFields();
    const settings: BackupSettings = { folder: v.folder.trim() === '' ? null : v.folder.trim(), keepDays: v.keepDays, daily: v.daily };
    // Write-only: empty keeps the office passphrase, "remove" clears it.
    const passphrase = v.removePassphrase ? null : v.officePassphrase ? v.officePassphrase : undefined;
    setBusy('save');
    try {
      client.setQueryData(backupKeys.status, await call('backup.saveSettings', { ...settings, passphrase }));
      form.setFieldsValue({ officePassphrase: '', removePassphrase: false });
      await client.invalidateQueries({ queryKey: backupKeys.list });
      message.success(t('backup.saved'));
    } catch (e) {
      message.error(t('backup.failed', { message: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  const backUp = async (secret?: string) => {
    setBusy('backup');
    try {
      const made = await call('backup.run', { passphrase: secret });
      message.success(t('backup.done', { name: made.name }));
    } catch (e) {
      message.error(t('backup.failed', { message: (e as Error).message }));
    } finally {
      setBusy(null);
      await refresh();
    }
  };

  const last = status.data?.lastSuccess;
  return (
    <Card title={t('backup.title')} id="backup">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Form form={form} layout="vertical" initialValues={{ folder: '', keepDays: 30, daily: true }}>
          <Form.Item name="folder" label={t('backup.folder')} extra={t('backup.folderHint')}>
            <Input placeholder={status.data?.folder ?? t('backup.folderDefault')} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="keepDays" label={t('backup.keepDays')} rules={[{ required: true, type: 'integer', min: 1, max: 3650 }]}>
              <NumberInput min={1} max={3650} />
            </Form.Item>
            <Form.Item name="daily" valuePropName="checked" label=" ">
              <Checkbox>{t('backup.daily')}</Checkbox>
            </Form.Item>
          </Space>
          <Form.Item
            name="officePassphrase"
            label={t('backup.officePassphrase')}
            extra={status.data?.encrypted ? t('backup.officePassphraseSet') : t('backup.officePassphraseUnset')}
            rules={[{ min: 8, message: t('backup.passphraseShort') }]}
          >
            <Input.Password autoComplete="new-password" placeholder={status.data?.encrypted ? t('backup.officePassphraseKeep') : ''} />
          </Form.Item>
          <Space>
            {status.data?.encrypted && (
              <Form.Item name="removePassphrase" valuePropName="checked">
                <Checkbox>{t('backup.removePassphrase')}</Checkbox>
              </Form.Item>
            )}
          </Space>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button onClick={() => void save()} loading={busy === 'save'}>
              {t('backup.saveSettings')}
            </Button>
          </Form.Item>
        </Form>
        <Space wrap>
          <Button type="primary" onClick={() => void backUp()} loading={busy === 'backup'}>
            {t('backup.now')}
          </Button>
          <Button onClick={() => setAskPassphrase(true)} disabled={busy !== null}>
            {t('backup.nowEncrypted')}
          </Button>
          <Typography.Text type={status.data?.overdue ? 'warning' : 'secondary'}>
            {last ? t('backup.lastSuccess', { at: clock.dateTime(last.at) }) : t('backup.never')}
          </Typography.Text>
        </Space>
        <Typography.Title level={5}>{t('backup.list')}</Typography.Title>
        <Table<BackupEntry>
          size="small"
          rowKey="file"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('backup.empty') }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('backup.col.time'), dataIndex: 'createdAt', render: (v: string) => clock.dateTime(v) },
            {
              title: t('backup.col.kind'),
              dataIndex: 'kind',
              render: (k: BackupEntry['kind'], e) => (
                <Space size={4}>
                  <Tag>{t(`backup.kind.${k}`)}</Tag>
                  {e.encrypted && <Tag color="blue">{t('backup.encrypted')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('backup.col.figures'),
              render: (_, e) =>
                e.figures ? (
                  <span>
                    {t('backup.figures', { matters: e.figures.matters, documents: e.figures.documents, letters: e.figures.letters })}
                    {e.figures.lastLetterNumber && <Typography.Text type="secondary">（{t('backup.lastLetter', { number: e.figures.lastLetterNumber })}）</Typography.Text>}
                  </span>
                ) : (
                  <Typography.Text type="danger">{t('backup.unreadable', { problem: e.problem ?? '' })}</Typography.Text>
                ),
            },
            { title: t('backup.col.size'), dataIndex: 'bytes', render: (b: number) => sizeText(b) },
            {
              title: t('backup.col.actions'),
              render: (_, e) => (
                <Button size="small" danger disabled={!e.figures} onClick={() => setRestoring(e)}>
                  {t('backup.restore')}
                </Button>
              ),
            },
          ]}
        />
      </Space>
      <Modal
        open={askPassphrase}
        title={t('backup.nowEncrypted')}
        okButtonProps={{ disabled: passphrase[0]!.length < 8 || passphrase[0] !== passphrase[1] }}
        cancelText={t('backup.cancel')}
        onCancel={() => setAskPassphrase(false)}
        onOk={() => {
          setAskPassphrase(false);
          const secret = passphrase[0];
          setPassphrase(['', '']);
          void backUp(secret);
        }}
      >
        <Typography.Paragraph type="secondary">{t('backup.passphraseHint')}</Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('backup.passphrase')}>
            <Input.Password value={passphrase[0]} onChange={(e) => setPassphrase([e.target.value, passphrase[1]!])} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('backup.passphraseAgain')}
            validateStatus={passphrase[1] && passphrase[0] !== passphrase[1] ? 'error' : undefined}
            help={passphrase[1] && passphrase[0] !== passphrase[1] ? t('backup.passphraseMismatch') : undefined}
          >
            <Input.Password value={passphrase[1]} onChange={(e) => setPassphrase([passphrase[0]!, e.target.value])} autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
      <RestoreDialog
        entry={restoring}
        onClose={(staged) => {
          setRestoring(null);
          if (staged) void refresh();
        }}
      />
    </Card>
  );
}
