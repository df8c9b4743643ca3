import { useQuery } from '@tanstack/react-query';
import { Alert, Drawer, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { DiffText } from './DiffText';
import { VERSION_STATUS_ZH } from '../../../../shared/contract/index';

/** An article through every version of its law, each shown with what changed from the one before. */
export function ArticleHistoryDrawer({ lawId, articleKey, label, onClose }: { lawId: number; articleKey: string | null; label: string; onClose(): void }) {
  const { t } = useI18n();
  const history = useQuery({
    queryKey: ['law.history', lawId, articleKey],
    queryFn: () => call('law.history', { lawId, article: articleKey! }),
    enabled: articleKey !== null,
  });
  return (
    <Drawer open={articleKey !== null} width={640} title={t('statutes.historyTitle', { label })} onClose={onClose}>
      {history.isLoading && <Skeleton active />}
      {history.error && <Alert type="error" message={history.error.message} />}
      {history.data?.versions.length === 0 && <Empty />}
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {history.data?.versions.map((v) => (
          <section key={v.versionId} aria-label={`${v.publish || v.effective} ${label}`}>
            <Space>
              <Typography.Text strong>{v.publish || v.effective}</Typography.Text>
              {v.effective && <Typography.Text type="secondary">{t('statutes.effective', { date: v.effective })}</Typography.Text>}
              <Tag color={v.status === 'in-force' ? 'green' : v.status === 'repealed' ? 'red' : 'default'}>{VERSION_STATUS_ZH[v.status]}</Tag>
            </Space>
            {v.text === null ? (
              <Typography.Paragraph type="secondary">{t('statutes.absent')}</Typography.Paragraph>
            ) : v.diff === null ? (
              <div className="statute-text">{v.text}</div>
            ) : v.diff.every((p) => p.op === 'same') ? (
              <Typography.Paragraph type="secondary">{t('statutes.unchanged')}</Typography.Paragraph>
            ) : (
              <>
                <Typography.Text type="secondary">{t('statutes.changes')}</Typography.Text>
                <DiffText parts={v.diff} />
              </>
            )}
          </section>
        ))}
      </Space>
    </Drawer>
  );
}
