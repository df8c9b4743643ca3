import { DownloadOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tooltip, Typography } from 'antd';
import type { LetterSummary } from '../../../../shared/contract/letters';
import { useI18n } from '../../i18n';
import { call } from '../../api/client';
import { downloadLetter } from './download-letter';
import { paginateLetter, printPages } from './paginate-letter';
import { sanitizeLetterHtml } from './sanitize-letter';
import { useLetterList } from './use-letters';
import { useOfficeClock } from '../../office-clock';

interface Props {
  matterId: number;
  /** Starts drafting a correction of this letter. */
  /** Absent for those who may not issue (a correction is a new letter). */
  onCorrect?: (letter: LetterSummary) => void;
}

/** The letters issued for the matter, oldest first, with their files and corrections. */
export function LettersTable({ matterId, onCorrect }: Props) {
  const { t } = useI18n();
  const clock = useOfficeClock();
  const { message } = App.useApp();
  const list = useLetterList(matterId);
  const letters = list.data ?? [];
  const numberOf = (id: number | null) => {
    const l = letters.find((x) => x.id === id);
    return l ? (l.number ?? l.issueDate) : '';
  };
  const print = (id: number) =>
    call('letters.printable', { id })
      .then((p) => printPages(paginateLetter(sanitizeLetterHtml(p.html)), p.title))
      .catch((e: Error) => message.error(t('letters.failed', { message: e.message })));
  const download = (id: number) => downloadLetter(id).catch((e: Error) => message.error(t('letters.failed', { message: e.message })));
  return (
    <Table<LetterSummary>
      size="small"
      rowKey="id"
      loading={list.isLoading}
      dataSource={letters}
      pagination={false}
      title={() => <Typography.Text strong>{t('letters.listTitle', { n: letters.length })}</Typography.Text>}
      locale={{ emptyText: t('letters.listEmpty') }}
      columns={[
        {
          title: t('letters.col.number'),
          dataIndex: 'number',
          render: (number: string | null, l) => (
            <Tooltip title={`${t('letters.sha256')} ${l.sha256}`}>
              <span>{number ?? t('letters.unnumbered')}</span>
            </Tooltip>
          ),
        },
        { title: t('letters.col.kind'), dataIndex: 'kind', render: (k: LetterSummary['kind']) => t(`letters.kind.${k}`) },
        { title: t('letters.col.date'), dataIndex: 'issueDate' },
        { title: t('letters.col.issuedBy'), dataIndex: 'issuedBy' },
        { title: t('letters.col.issuedAt'), dataIndex: 'issuedAt', render: (at: string) => clock.dateTime(at) },
        {
          title: t('letters.col.corrects'),
          dataIndex: 'correctsLetterId',
          render: (id: number | null, l) =>
            id ? (
              <Tooltip title={l.correctionReason ?? ''}>
                <span>{t('letters.correctsNumber', { number: numberOf(id) })}</span>
              </Tooltip>
            ) : (
              '—'
            ),
        },
        {
          title: t('letters.col.actions'),
          key: 'actions',
          render: (_, l) => (
            <Space size="small">
              <Button size="small" icon={<DownloadOutlined />} aria-label={`${t('letters.download')} ${l.number}`} onClick={() => void download(l.id)}>
                {t('letters.download')}
              </Button>
              <Button size="small" icon={<PrinterOutlined />} aria-label={`${t('letters.print')} ${l.number ?? l.issueDate}`} onClick={() => void print(l.id)}>
                {t('letters.print')}
              </Button>
              {onCorrect && (
                <Button size="small" icon={<EditOutlined />} aria-label={`${t('letters.correct')} ${l.number}`} onClick={() => onCorrect(l)}>
                  {t('letters.correct')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
