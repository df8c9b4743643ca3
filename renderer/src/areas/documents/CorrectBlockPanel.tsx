import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import type { TextBlock } from '../../../../shared/domain/document-text';
import { useI18n } from '../../i18n';
import { useCorrectText } from './use-page-view';

/**
 * Correcting one OCR paragraph, in the text column so the page picture stays in view beside it. Saved
 * as the next text version; `baseVersion` is the version on screen, so a correction saved by someone
 * else in between is refused instead of overwritten.
 */
export function CorrectBlockPanel({
  documentId,
  matterId,
  block,
  baseVersion,
  onClose,
}: {
  documentId: number;
  matterId: number;
  block: TextBlock & { ocr: NonNullable<TextBlock['ocr']> };
  baseVersion: number;
  onClose(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState(block.text);
  const [note, setNote] = useState('');
  const correct = useCorrectText(documentId, matterId);
  const save = () =>
    correct.mutate(
      { baseVersion, index: block.index, text, note: note.trim() || null },
      {
        onSuccess: (result) => {
          void message.success(result.detached > 0 ? t('pages.savedDetached', { n: result.textVersion, d: result.detached }) : t('pages.saved', { n: result.textVersion }));
          onClose();
        },
      },
    );
  return (
    <Card size="small" title={t('pages.correctTitle', { n: block.index + 1, page: block.ocr.page })} data-testid="correct-panel">
      <Typography.Paragraph type="secondary">{t('pages.correctHint')}</Typography.Paragraph>
      {correct.error && <Alert type="error" showIcon message={t('pages.failedSave', { message: correct.error.message })} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" onFinish={save}>
        <Form.Item label={t('pages.text')} htmlFor="ocr-correct-text">
          <Input.TextArea id="ocr-correct-text" value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 2, maxRows: 10 }} autoFocus />
        </Form.Item>
        <Form.Item label={t('pages.note')} htmlFor="ocr-correct-note">
          <Input id="ocr-correct-note" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={correct.isPending} disabled={text === block.text}>
            {t('pages.save', { n: baseVersion + 1 })}
          </Button>
          <Button onClick={onClose}>{t('pages.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
