import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { BackupEntry } from '../../../../shared/contract/backup';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useOfficeClock } from '../../office-clock';

/** Shows what a backup holds and, once confirmed (with its passphrase if encrypted), restores it and reloads the page. */
export function RestoreDialog({ entry, onClose }: { entry: BackupEntry | null; onClose: (staged: boolean) => void }) {
  const { t } = useI18n();
  const clock = useOfficeClock();
  const { message } = App.useApp();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  if (!entry?.figures) return null;
  const f = entry.figures;
  const confirm = async () => {
    setBusy(true);
    try {
      const { applied } = await call('backup.restore', { file: entry.file, passphrase: entry.encrypted ? passphrase : undefined });
      setPassphrase('');
      if (applied) {
        // The archive was swapped and reopened: every page shows old data until it reloads.
        message.success(t('backup.restoreApplied'), 3);
        window.setTimeout(() => window.location.reload(), 800);
        return;
      }
      message.success(t('backup.restoreStaged'), 8);
      onClose(true);
    } catch (e) {
      message.error(t('backup.failed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('backup.restoreTitle')}
      okText={t('backup.restoreConfirm')}
      okButtonProps={{ danger: true, disabled: entry.encrypted && passphrase.length < 8, loading: busy }}
      cancelText={t('backup.cancel')}
      onOk={() => void confirm()}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph>
        {t('backup.restoreBody', {
          at: clock.dateTime(entry.createdAt),
          matters: f.matters,
          documents: f.documents,
          letters: f.letters,
          number: f.lastLetterNumber ?? t('backup.none'),
        })}
      </Typography.Paragraph>
      {entry.encrypted && (
        <Form layout="vertical">
          <Form.Item label={t('backup.passphrase')} required>
            <Input.Password value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="off" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
