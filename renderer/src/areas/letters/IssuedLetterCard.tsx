import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions } from 'antd';
import { useState } from 'react';
import type { LetterSummary } from '../../../../shared/contract/letters';
import { useI18n } from '../../i18n';
import { downloadLetter } from './download-letter';

/** The letter just issued: its number, hash and file. */
export function IssuedLetterCard({ letter, onClose }: { letter: LetterSummary; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await downloadLetter(letter.id);
    } catch (e) {
      message.error(t('letters.failed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      title={t('letters.issued', { number: letter.number ?? t('letters.unnumbered') })}
      description={
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
            <Descriptions.Item label={t('letters.col.kind')}>
              {t('letters.issuedDetail', { kind: t(`letters.kind.${letter.kind}`), date: letter.issueDate })}
            </Descriptions.Item>
            <Descriptions.Item label={t('letters.sha256')}>
              <code data-testid="issued-sha256" style={{ wordBreak: 'break-all' }}>
                {letter.sha256}
              </code>
            </Descriptions.Item>
          </Descriptions>
          <Button icon={<DownloadOutlined />} loading={busy} onClick={download}>
            {t('letters.downloadDocx')}
          </Button>
        </>
      }
    />
  );
}
