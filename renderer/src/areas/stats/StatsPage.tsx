import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, DatePicker, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { Statistics } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { downloadExport } from '../ledger/download';
import { type ChartOption, EChart } from './EChart';
import { officeToday } from '../../office-clock';

const ISO = 'YYYY-MM-DD';
const yearRange = (year: number): [Dayjs, Dayjs] => [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)];

function useCharts(s: Statistics | undefined) {
  const { t, labels } = useI18n();
  return useMemo(() => {
    if (!s) return null;
    const bar = (names: string[], values: number[], horizontal = false): ChartOption => ({
      tooltip: { trigger: 'axis' },
      // containLabel: the axis names (事项类型, 乡镇) get the room they need instead of a guessed margin.
      grid: { left: 8, right: 32, top: 20, bottom: 8, containLabel: true },
      xAxis: horizontal ? { type: 'value', minInterval: 1 } : { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: horizontal ? { type: 'category', data: names, inverse: true } : { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: t('stats.count'), data: values, itemStyle: { color: '#a8071a' }, label: { show: true, position: horizontal ? 'right' : 'top' } }],
    });
    const pie = (data: { name: string; value: number }[]): ChartOption => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      // Names live in the legend (it wraps) and counts inside the slices: labels beside a narrow pie were cut to "必…".
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data, label: { position: 'inside', formatter: '{c}' } }],
    });
    return {
      byType: bar(
        s.byType.map((x) => labels.matterType(x.type)),
        s.byType.map((x) => x.count),
        true,
      ),
      byMonth: {
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 20, top: 20, bottom: 40 },
        xAxis: { type: 'category', data: s.byMonth.map((m) => m.month) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'line', name: t('stats.count'), data: s.byMonth.map((m) => m.count), smooth: true, areaStyle: { opacity: 0.15 }, itemStyle: { color: '#a8071a' } }],
      } satisfies ChartOption,
      bySeverity: pie(s.opinions.bySeverity.map((x) => ({ name: labels.severity(x.severity), value: x.count }))),
      adoption: pie([
        { name: t('feedback.adoption.adopted'), value: s.adoption.adopted },
        { name: t('feedback.adoption.partly-adopted'), value: s.adoption.partlyAdopted },
        { name: t('feedback.adoption.not-adopted'), value: s.adoption.notAdopted },
        { name: t('stats.pending'), value: s.adoption.pending },
      ]),
      byTownship: bar(
        s.byTownship.map((x) => x.name || t('stats.noTownship')),
        s.byTownship.map((x) => x.count),
        true,
      ),
    };
  }, [s, t, labels]);
}

/** Figures for any period, charts, the annual-report paragraph and the report downloads. */
export function StatsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => yearRange(officeToday().year()));
  const period = { from: range[0].format(ISO), to: range[1].format(ISO) };
  const stats = useQuery({ queryKey: ['stats.get', period], queryFn: () => call('stats.get', period) });
  const charts = useCharts(stats.data);
  const download = useMutation({
    mutationFn: (format: 'docx' | 'xlsx') => call('stats.export', { period, format }),
    onSuccess: async (file) => {
      if (await downloadExport(file)) message.success(t('stats.downloaded', { file: file.fileName }));
    },
    onError: (e) => message.error(e.message),
  });
  const s = stats.data;
  const pct = (r: number | null) => (r === null ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space align="baseline" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('stats.title')}
        </Typography.Title>
        <Space wrap>
          <Typography.Text>{t('stats.period')}</Typography.Text>
          <DatePicker.RangePicker
            aria-label={t('stats.period')}
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          />
          <Button onClick={() => setRange(yearRange(officeToday().year()))}>{t('stats.thisYear')}</Button>
          <Button onClick={() => setRange(yearRange(officeToday().year() - 1))}>{t('stats.lastYear')}</Button>
        </Space>
      </Space>
      {stats.error && <Alert type="error" message={t('error.load', { message: stats.error.message })} />}
      {!s || !charts ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[12, 12]}>
            {(
              [
                [t('stats.total'), s.total, t('stats.unitPieces')],
                [t('stats.village'), s.village, t('stats.unitPieces')],
                [t('stats.opinions'), s.opinions.total, t('stats.unitItems')],
                [t('stats.adoptionRate'), pct(s.adoption.rate), ''],
                [t('stats.avgDays'), s.turnaround.averageWorkingDays === null ? '—' : s.turnaround.averageWorkingDays.toFixed(1), ''],
                [t('stats.overdue'), s.turnaround.overdue, t('stats.unitPieces')],
                [t('stats.openOverdue'), s.turnaround.openOverdue, t('stats.unitPieces')],
                [t('stats.withdrawn'), s.withdrawn, t('stats.unitPieces')],
                [t('stats.voided'), s.voided, t('stats.unitPieces')],
              ] as const
            ).map(([title, value, suffix]) => (
              <Col key={title} xs={12} md={8} xl={4} xxl={3}>
                <Card size="small">
                  <Statistic title={title} value={value} suffix={suffix} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card
            size="small"
            title={t('stats.paragraph')}
            extra={
              <Space>
                <Button onClick={() => download.mutate('docx')} loading={download.isPending && download.variables === 'docx'}>
                  {t('stats.downloadDocx')}
                </Button>
                <Button onClick={() => download.mutate('xlsx')} loading={download.isPending && download.variables === 'xlsx'}>
                  {t('stats.downloadXlsx')}
                </Button>
              </Space>
            }
          >
            <Typography.Paragraph
              data-testid="annual-paragraph"
              copyable={{ text: s.paragraph, tooltips: [t('stats.copy'), t('stats.copied')] }}
              style={{ fontSize: 16, lineHeight: 1.9, marginBottom: 4 }}
            >
              {s.paragraph}
            </Typography.Paragraph>
            <Typography.Text type="secondary">{t('stats.paragraphHint')}</Typography.Text>
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('stats.byType')}>
                <EChart option={charts.byType} label={t('stats.byType')} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('stats.byMonth')}>
                <EChart option={charts.byMonth} label={t('stats.byMonth')} />
              </Card>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Card size="small" title={t('stats.bySeverity')}>
                <EChart option={charts.bySeverity} label={t('stats.bySeverity')} />
              </Card>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Card size="small" title={t('stats.adoption')}>
                <EChart option={charts.adoption} label={t('stats.adoption')} />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title={t('stats.byTownship')}>
                <EChart option={charts.byTownship} label={t('stats.byTownship')} />
              </Card>
            </Col>
          </Row>
          <Typography.Text type="secondary">{t('stats.scope')}</Typography.Text>
        </>
      )}
    </Space>
  );
}
