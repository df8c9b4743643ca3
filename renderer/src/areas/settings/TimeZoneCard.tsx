import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Select, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { clockKey, useClockQuery } from '../../office-clock';
import { DEFAULT_TIME_ZONE } from '../../../../shared/domain/office-time';

/** Zones a Chinese office is likely to want, first in the list (the rest follow alphabetically). */
const COMMON_ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Macau'];

/** "UTC+08:00" for a zone, now (so a zone with daylight saving shows its current offset). */
function offsetLabel(zone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date())
    .find((p) => p.type === 'timeZoneName')?.value;
  return part === 'GMT' ? 'UTC+00:00' : (part ?? '').replace('GMT', 'UTC');
}

function allZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const rest = known.filter((z) => !COMMON_ZONES.includes(z) && z !== current).sort();
  return [...new Set([...COMMON_ZONES, current, ...rest])];
}

/**
 * 时间与时区: the office's one clock (issue 20). Everyone sees which zone dates follow; an administrator
 * may change it (system.clock.set). Every date, time, deadline and file name follows this setting,
 * whatever the PC's own zone is.
 */
export function TimeZoneCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const client = useQueryClient();
  const clock = useClockQuery();
  const [choice, setChoice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const current = clock.data?.timeZone ?? DEFAULT_TIME_ZONE;
  const options = useMemo(
    () => allZones(current).map((zone) => ({ value: zone, label: `${zone}（${offsetLabel(zone)}）${zone === DEFAULT_TIME_ZONE ? ` · ${t('clock.china')}` : ''}` })),
    [current, t],
  );
  const selected = choice ?? current;

  const save = async () => {
    setSaving(true);
    try {
      const saved = await call('system.clock.set', { timeZone: selected });
      client.setQueryData(clockKey, saved);
      setChoice(null);
      // Dates everywhere (queues, deadlines, histories) were computed in the old zone.
      await client.invalidateQueries();
      message.success(t('clock.saved', { zone: saved.timeZone }));
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t('clock.card')} data-testid="time-zone-card">
      {!clock.data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('clock.hint')}
          </Typography.Paragraph>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('clock.zone')}>
              <span data-testid="office-zone">{clock.data.timeZone}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('clock.today')}>
              <span data-testid="office-today">{clock.data.today}</span>
            </Descriptions.Item>
          </Descriptions>
          {can('system.clock.set') && (
            <Space wrap>
              <Select
                showSearch
                aria-label={t('clock.zone')}
                data-testid="zone-select"
                style={{ width: 360, maxWidth: '100%' }}
                value={selected}
                options={options}
                onChange={setChoice}
                optionFilterProp="label"
              />
              <Button type="primary" loading={saving} disabled={selected === current} onClick={() => void save()}>
                {t('clock.save')}
              </Button>
            </Space>
          )}
        </Space>
      )}
    </Card>
  );
}
