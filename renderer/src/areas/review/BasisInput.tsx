import { AutoComplete, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useI18n } from '../../i18n';
import { basisCitation } from './checklist-labels';
import { useBasisSearch } from './review-data';

export interface BasisValue {
  text: string;
  /** The library entry the text was picked from; null when typed freely. */
  id: string | null;
}

/** Legal basis of an opinion: searched in the library while typing, or written freely. */
export function BasisInput({ value, onChange, disabled }: { value: BasisValue; onChange(v: BasisValue): void; disabled?: boolean }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const hits = useBasisSearch(deferred);
  const options = (hits.data ?? []).map((e) => ({
    value: e.id,
    label: (
      <div className="rd-basis-option">
        <Typography.Text strong>{basisCitation(e)}</Typography.Text>
        <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
          {(e.verbatim ? t('review.basis.verbatim') : t('review.basis.summary')) + e.summary}
        </Typography.Text>
      </div>
    ),
  }));
  return (
    <AutoComplete
      aria-label={t('review.editor.basis')}
      placeholder={t('review.editor.basisPlaceholder')}
      value={value.text}
      options={options}
      // Enter takes the best hit, so the basis can be picked without the mouse.
      defaultActiveFirstOption
      disabled={disabled}
      style={{ width: '100%' }}
      onSearch={setQuery}
      onChange={(text: string) => {
        // Picking an option first reports its value (the id); onSelect then replaces it with the citation.
        if (!hits.data?.some((e) => e.id === text)) onChange({ text, id: null });
      }}
      onSelect={(id: string) => {
        const entry = hits.data?.find((e) => e.id === id);
        if (!entry) return;
        onChange({ text: basisCitation(entry), id: entry.id });
      }}
    />
  );
}
