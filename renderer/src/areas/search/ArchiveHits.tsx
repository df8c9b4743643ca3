import { List, Space, Tag, Typography } from 'antd';
import type { LetterSearchHit, OpinionSearchHit, SimilarOpinion } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { routeHref } from '../../routes';
import { sanitizeSnippet } from '../documents/sanitize';

type OpinionLike = OpinionSearchHit | SimilarOpinion;

/** One opinion found in the archive: its matter, result, adoption, words and (highlighted) snippet. */
export function OpinionHitItem({ hit, extra }: { hit: OpinionLike; extra?: React.ReactNode }) {
  const { t, labels } = useI18n();
  return (
    <List.Item className="rd-opinion-hit">
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Space wrap size="small">
          <Typography.Text type="secondary">{hit.serial}</Typography.Text>
          <a href={routeHref({ page: 'matter', id: hit.matterId, tab: 'review' })}>{hit.title}</a>
          <Tag>{labels.matterType(hit.matterType)}</Tag>
          {hit.result && <Tag color="green">{labels.result(hit.result)}</Tag>}
          <Tag color={hit.adoption ? 'blue' : undefined}>
            {t('search.adoption', { a: hit.adoption ? t(`feedback.adoption.${hit.adoption}` as MessageKey) : t('search.noAdoption') })}
          </Tag>
          {extra}
        </Space>
        {'snippet' in hit ? (
          <span dangerouslySetInnerHTML={{ __html: sanitizeSnippet(hit.snippet) }} />
        ) : (
          <>
            {hit.quote && <Typography.Text type="secondary">「{hit.quote}」</Typography.Text>}
            <Typography.Text>{hit.text}</Typography.Text>
          </>
        )}
        {hit.basis && <Typography.Text type="secondary">{hit.basis}</Typography.Text>}
      </Space>
    </List.Item>
  );
}

export function LetterHitItem({ hit }: { hit: LetterSearchHit }) {
  const { labels } = useI18n();
  return (
    <List.Item className="rd-letter-hit">
      <Space direction="vertical" size={2}>
        <Space wrap size="small">
          <Typography.Text strong>{hit.number ?? hit.issueDate}</Typography.Text>
          <Tag>{hit.kindLabel}</Tag>
          <a href={routeHref({ page: 'matter', id: hit.matterId, tab: 'letters' })}>{hit.title}</a>
          {hit.result && <Tag color="green">{labels.result(hit.result)}</Tag>}
          <Typography.Text type="secondary">{hit.issueDate}</Typography.Text>
        </Space>
        <span dangerouslySetInnerHTML={{ __html: sanitizeSnippet(hit.snippet) }} />
      </Space>
    </List.Item>
  );
}
