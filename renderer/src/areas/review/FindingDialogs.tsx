import { Button, Input, Modal, Space, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import type { StoredFinding } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { FindingExcerpt } from './FindingExcerpt';

export type FindingDialog = { kind: 'accept' | 'dismiss'; finding: StoredFinding };

interface Props {
  dialog: FindingDialog | null;
  pending: boolean;
  onAccept(finding: StoredFinding, text: string): void;
  onDismiss(finding: StoredFinding, reason: string): void;
  onClose(): void;
}

/** 修改后采纳 (edit the suggested text first) and 不采纳 (a reason is required); Ctrl+Enter confirms. */
export function FindingDialogs(props: Props) {
  const { t } = useI18n();
  const { dialog } = props;
  return (
    <Modal
      open={dialog !== null}
      title={dialog?.kind === 'dismiss' ? t('findings.dismissDialog') : t('findings.acceptDialog')}
      onCancel={props.onClose}
      footer={null}
      width={640}
      destroyOnHidden
    >
      {dialog && <DialogBody key={`${dialog.kind}${dialog.finding.id}`} {...props} dialog={dialog} />}
    </Modal>
  );
}

function DialogBody({ dialog, pending, onAccept, onDismiss, onClose }: Props & { dialog: FindingDialog }) {
  const { t, labels } = useI18n();
  const { finding, kind } = dialog;
  const [text, setText] = useState(kind === 'accept' ? finding.suggestion : '');
  const ready = text.trim().length > 0;
  const confirm = () => {
    if (!ready || pending) return;
    if (kind === 'accept') onAccept(finding, text.trim());
    else onDismiss(finding, text.trim());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      confirm();
    }
  };
  const label = kind === 'accept' ? t('findings.acceptText') : t('findings.dismissReason');
  return (
    <div className="rd-finding-dialog">
      <Typography.Paragraph style={{ marginBottom: 4 }}>{finding.message}</Typography.Paragraph>
      <blockquote className="rd-quote">
        <FindingExcerpt finding={finding} />
      </blockquote>
      {kind === 'accept' && <Typography.Paragraph type="secondary">{t('findings.acceptDialogHint', { severity: labels.severity(finding.severity) })}</Typography.Paragraph>}
      <label htmlFor="rd-finding-dialog-text">
        <Typography.Text strong>{label}</Typography.Text>
      </label>
      <Input.TextArea
        id="rd-finding-dialog-text"
        aria-label={label}
        autoFocus
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={kind === 'accept' ? 5000 : 1000}
        value={text}
        placeholder={kind === 'dismiss' ? t('findings.dismissPlaceholder') : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {kind === 'dismiss' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 6, fontSize: 12 }}>
          {t('findings.dismissRemembered')}
        </Typography.Paragraph>
      )}
      <Space className="rd-finding-dialog-foot">
        <Button onClick={onClose}>{t('review.cancel')}</Button>
        <Button type="primary" danger={kind === 'dismiss'} disabled={!ready} loading={pending} onClick={confirm}>
          {kind === 'accept' ? t('findings.acceptOk') : t('findings.dismissOk')}
        </Button>
      </Space>
    </div>
  );
}
