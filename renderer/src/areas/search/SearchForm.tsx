import { Input, Select, Space } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import { useEffect, useState } from 'react';
import { MATTER_TYPES } from '../../../../shared/domain/matter';
import { useI18n } from '../../i18n';
import type { SearchState } from './search-params';
import { clearable } from '../../i18n/clearable';

/** Query box and filters; any change starts a new search from the first page. */
export function SearchForm({ state, onChange }: { state: SearchState; onChange(next: SearchState): void }) {
  const { t, labels } = useI18n();
  const [q, setQ] = useState(state.q);
  const [unit, setUnit] = useState(state.unit ?? '');
  const [year, setYear] = useState<number | null>(state.year ?? null);
  // The address is the source of truth: Back/Forward update the boxes.
  useEffect(() => setQ(state.q), [state.q]);
  useEffect(() => setUnit(state.unit ?? ''), [state.unit]);
  useEffect(() => setYear(state.year ?? null), [state.year]);
  // Text boxes apply on Enter or when left, not on every keystroke.
  const set = (patch: Partial<SearchState>) =>
    onChange({ ...state, q, unit: unit.trim() || undefined, year: year ?? undefined, ...patch, page: 1 });
  const commitYear = () => (year ?? undefined) !== state.year && set({});
  return (
    <Space wrap>
      <Input.Search
        autoFocus
        allowClear
        enterButton={t('search.button')}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        style={{ width: 420 }}
        value={q}
        maxLength={100}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => set({ q: value.trim() })}
      />
      <Select
        allowClear={clearable(t)}
        placeholder={t('search.type')}
        aria-label={t('search.type')}
        style={{ width: 200 }}
        value={state.type}
        onChange={(type) => set({ type })}
        options={MATTER_TYPES.map((v) => ({ value: v, label: labels.matterType(v) }))}
      />
      <Input
        allowClear
        placeholder={t('search.unit')}
        aria-label={t('search.unit')}
        style={{ width: 200 }}
        value={unit}
        maxLength={100}
        onChange={(e) => setUnit(e.target.value)}
        onPressEnter={() => set({})}
        onBlur={() => (unit.trim() || undefined) !== state.unit && set({})}
      />
      <NumberInput<number>
        placeholder={t('search.year')}
        aria-label={t('search.year')}
        style={{ width: 120 }}
        min={1949}
        max={2999}
        precision={0}
        value={year}
        onChange={setYear}
        onPressEnter={commitYear}
        onBlur={commitYear}
      />
    </Space>
  );
}
