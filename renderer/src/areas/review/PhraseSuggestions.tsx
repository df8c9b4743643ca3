import { Button, Input, List, Tag, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import type { Phrase } from '../../../../shared/domain/checklist';
import type { MatterType } from '../../../../shared/domain/matter';
import { useI18n } from '../../i18n';
import { usePhraseSearch } from './review-data';

/**
 * 常用审查意见 for the opinion editor: without a search, the phrases filed under the matter type and
 * checklist item; with one, any phrase suiting the matter type.
 */
export function PhraseSuggestions({ matterType, itemId, onInsert }: { matterType: MatterType; itemId: string | null; onInsert(p: Phrase): void }) {
  const { t, labels } = useI18n();
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query.trim());
  const byItem = !q && itemId ? itemId : undefined;
  const phrases = usePhraseSearch(q, matterType, byItem);
  return (
    <div className="rd-phrases">
      <Input.Search
        size="small"
        allowClear
        aria-label={t('review.phrases.search')}
        placeholder={t('review.phrases.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <List
        size="small"
        loading={phrases.isLoading && phrases.fetchStatus !== 'idle'}
        locale={{ emptyText: q || byItem ? t('review.phrases.none') : t('review.phrases.typeToSearch') }}
        dataSource={phrases.data ?? []}
        renderItem={(p) => (
          <List.Item
            actions={[
              <Button key="insert" size="small" type="link" onClick={() => onInsert(p)}>
                {t('review.phrases.insert')}
              </Button>,
            ]}
          >
            <div>
              {p.severity && <Tag>{labels.severity(p.severity)}</Tag>}
              <Typography.Text style={{ fontSize: 13 }}>{p.text}</Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </div>
  );
}
