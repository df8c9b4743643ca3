import { FileTextOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { SearchHit } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { documentsHref } from '../documents/document-route';
import { roleLabel } from '../documents/format';
import { sanitizeSnippet } from '../documents/sanitize';

/** Where a hit leads: the document's reading view at the matching paragraph, or the matter. */
export function hitHref(hit: SearchHit): string {
  if (hit.documentId === null) return routeHref({ page: 'matter', id: hit.matterId });
  return documentsHref(hit.matterId, { kind: 'read', id: hit.documentId, block: hit.blockIndex ?? undefined });
}

/** One result: the matter, the document and the highlighted snippet (HTML with <mark> only). */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  const { t, labels, locale } = useI18n();
  // Which occurrence of the query in the document is shown; the arrows step through all of them.
  const [at, setAt] = useState(0);
  const place = hit.occurrences[at];
  const href = place ? documentsHref(hit.matterId, { kind: 'read', id: hit.documentId!, block: place.blockIndex }) : hitHref(hit);
  const snippet = place?.snippet ?? hit.snippet;
  return (
    <article className="rd-search-hit" aria-label={hit.title} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Space wrap size="small">
        <Typography.Text type="secondary">{hit.serial}</Typography.Text>
        <a href={routeHref({ page: 'matter', id: hit.matterId })} style={{ fontWeight: 600 }}>{hit.title}</a>
        <Tag>{labels.matterType(hit.matterType)}</Tag>
        <Typography.Text type="secondary">{`${hit.submittingUnit} · ${hit.receivedOn}`}</Typography.Text>
      </Space>
      {hit.documentId !== null && (
        <div>
          <a href={href}>
            <FileTextOutlined /> {hit.fileName}
          </a>{' '}
          {hit.role && <Tag color="blue">{roleLabel(hit.role, locale)}</Tag>}
          {hit.version !== null && <Tag>{t('documents.versionN', { n: hit.version })}</Tag>}
          {(place?.blockIndex ?? hit.blockIndex) !== null && (
            <Typography.Text type="secondary">{t('search.paragraph', { n: (place?.blockIndex ?? hit.blockIndex!) + 1 })}</Typography.Text>
          )}{' '}
          <Typography.Text type="secondary" data-testid="hit-count">
            {t('search.inDocument', { n: hit.matchCount })}
          </Typography.Text>
          {hit.occurrences.length > 1 && (
            <Space size={4} style={{ marginInlineStart: 8 }}>
              <Button size="small" aria-label={t('search.prevHit')} disabled={at === 0} onClick={() => setAt(at - 1)}>
                ‹
              </Button>
              <Typography.Text data-testid="hit-position">{t('search.position', { i: at + 1, n: hit.occurrences.length })}</Typography.Text>
              <Button size="small" aria-label={t('search.nextHit')} disabled={at === hit.occurrences.length - 1} onClick={() => setAt(at + 1)}>
                ›
              </Button>
            </Space>
          )}
        </div>
      )}
      {hit.kind === 'matter' && <Tag color="purple">{t('search.titleMatch')}</Tag>}
      <a href={href} className="rd-snippet-link" style={{ color: 'inherit' }}>
        <Typography.Paragraph className="rd-snippet" style={{ margin: '4px 0 0' }}>
          {/* Escaped by the server, then cut down to <mark> by DOMPurify. */}
          <span dangerouslySetInnerHTML={{ __html: sanitizeSnippet(snippet) }} />
        </Typography.Paragraph>
      </a>
    </article>
  );
}
