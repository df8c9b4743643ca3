import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { clearable } from '../../i18n/clearable';

/**
 * Picks a matter by what people see — its serial (审2026-0004) or words of its title — for link fields
 * such as 关联审查事项 (issue 20: a number box for an internal id silently dropped 审2026-0004).
 * The value stays the matter's id; the current one is shown by serial and title.
 */
export function MatterPicker({ value, onChange, id }: { value?: number | null; onChange?: (id: number | null) => void; id?: string }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const found = useQuery({ queryKey: ['matters.lookup', query], queryFn: () => call('matters.lookup', { query, limit: 20 }), staleTime: 10_000 });
  // The linked matter, so the field shows its serial even when it is not among the search results.
  const current = useQuery({
    queryKey: ['matters.get', value],
    queryFn: () => call('matters.get', { id: value! }),
    enabled: typeof value === 'number',
  });
  const options = (found.data ?? []).map((m) => ({ value: m.id, label: `${m.serial} ${m.title}${m.voided ? ` ${t('records.picker.voided')}` : ''}` }));
  if (current.data && !options.some((o) => o.value === current.data.id)) {
    options.unshift({ value: current.data.id, label: `${current.data.serial} ${current.data.title}` });
  }
  return (
    <Select
      id={id}
      allowClear={clearable(t)}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={t('records.picker.placeholder')}
      style={{ minWidth: 320 }}
      options={options}
      loading={found.isFetching}
      // The server matches serial and title; the list shows exactly what it found.
      showSearch={{ filterOption: false, onSearch: setQuery }}
      data-testid="matter-picker"
    />
  );
}
