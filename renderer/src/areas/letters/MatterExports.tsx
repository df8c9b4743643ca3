import { FileTextOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { saveFile } from '../../api/save-file';
import { paginateLetter, printPages } from './paginate-letter';
import { sanitizeLetterHtml } from './sanitize-letter';

/** The annotated originals (批注版) of the matter's DOCX files and its summary sheet (审查登记表). */
export function MatterExports({ matterId }: { matterId: number }) {
  const { t } = useI18n();
  const { message, notification } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const documents = useQuery({ queryKey: ['documents.list', matterId], queryFn: () => call('documents.list', { matterId }) });
  const docx = (documents.data?.items ?? []).filter((d) => d.format === 'docx');

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    try {
      await work();
    } catch (e) {
      message.error(t('letters.failed', { message: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };
  const annotate = (documentId: number) =>
    run(`doc-${documentId}`, async () => {
      const out = await call('documents.annotate', { documentId });
      if (!(await saveFile(out.fileName, out.content))) return;
      const done = t('letters.exportAnnotatedDone', { exact: out.placedExactly, approx: out.placedApproximately - out.placedAtStart, start: out.placedAtStart });
      if (out.notes.length > 0) {
        notification.warning({
          title: done,
          description: (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {out.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ),
          duration: 0,
        });
      } else {
        message.success(done);
      }
    });
  const summary = () =>
    run('summary', async () => {
      const out = await call('matters.summarySheet', { matterId });
      if (!(await saveFile(out.fileName, out.content))) return;
      message.success(t('letters.exportDone', { name: out.fileName }));
    });

  const printSummary = () =>
    run('summary-print', async () => {
      const p = await call('matters.summarySheetPrintable', { matterId });
      printPages(paginateLetter(sanitizeLetterHtml(p.html)), p.title);
    });

  return (
    <Card size="small" title={t('letters.exports')}>
      <Space wrap>
        {docx.map((d) => (
          <Button key={d.id} icon={<FileWordOutlined />} loading={busy === `doc-${d.id}`} onClick={() => void annotate(d.id)}>
            {t('letters.exportAnnotated', { name: d.fileName })}
          </Button>
        ))}
        <Button icon={<FileTextOutlined />} loading={busy === 'summary'} onClick={() => void summary()}>
          {t('letters.exportSummary')}
        </Button>
        <Button icon={<PrinterOutlined />} loading={busy === 'summary-print'} onClick={() => void printSummary()}>
          {t('letters.printSummary')}
        </Button>
      </Space>
      {documents.isSuccess && docx.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('letters.exportAnnotatedNone')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
