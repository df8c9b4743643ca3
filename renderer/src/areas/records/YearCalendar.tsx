import { Typography } from 'antd';
import type { HolidayYearPreview } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';

const WEEK_ZH = ['日', '一', '二', '三', '四', '五', '六'];
const WEEK_EN = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];

const CELL: Record<HolidayYearPreview['days'][number]['kind'], React.CSSProperties> = {
  workday: {},
  weekend: { color: '#8c8c8c' },
  holiday: { background: '#fff1f0', color: '#cf1322', fontWeight: 600 },
  'adjusted-workday': { background: '#e6f4ff', color: '#0958d9', fontWeight: 600 },
};

/** A year as twelve month grids, days off in red and 调休 working days in blue, for the office to confirm. */
export function YearCalendar({ days }: { days: HolidayYearPreview['days'] }) {
  const { t, locale } = useI18n();
  const week = locale === 'zh-CN' ? WEEK_ZH : WEEK_EN;
  const months = Array.from({ length: 12 }, (_, m) => days.filter((d) => Number(d.date.slice(5, 7)) === m + 1));
  return (
    <div>
      <Typography.Text>
        <span style={{ ...CELL.holiday, padding: '0 6px' }}>{t('holidays.legend.holiday')}</span>{' '}
        <span style={{ ...CELL['adjusted-workday'], padding: '0 6px' }}>{t('holidays.legend.workday')}</span>
      </Typography.Text>
      <div data-testid="year-calendar" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))', gap: 12, marginTop: 8 }}>
        {months.map((list, m) => (
          <div key={m} aria-label={`${m + 1}`}>
            <Typography.Text strong>{locale === 'zh-CN' ? `${m + 1}月` : new Date(2000, m, 1).toLocaleString('en', { month: 'long' })}</Typography.Text>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', textAlign: 'center', fontSize: 12 }}>
              {week.map((w) => (
                <span key={w} style={{ color: '#8c8c8c' }}>
                  {w}
                </span>
              ))}
              {Array.from({ length: list[0]?.weekday ?? 0 }, (_, i) => (
                <span key={`pad${i}`} />
              ))}
              {list.map((d) => (
                <span key={d.date} title={d.name ?? undefined} data-date={d.date} data-kind={d.kind} style={{ ...CELL[d.kind], borderRadius: 3, lineHeight: '20px' }}>
                  {Number(d.date.slice(8))}
                </span>
              ))}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
