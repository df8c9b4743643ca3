import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CountyStatistics, ReportFileRecord } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { saveFile } from '../../api/save-file';
import { useI18n } from '../../i18n';
import { exchangeKeys } from './keys';
import { useOfficeClock } from '../../office-clock';
import { officeToday } from '../../office-clock';

type OfficeRow = CountyStatistics['offices'][number];

/** A received report's files (only when the township chose to include them), each one downloadable. */
function ReportFiles({ packageId }: { packageId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const files = useQuery({ queryKey: [...exchangeKeys.county, 'files', packageId], queryFn: () => call('exchange.county.files', { packageId }) });
  const open = useMutation({
    mutationFn: (id: number) => call('exchange.county.file', { id }),
    onSuccess: (file) => void saveFile(file.fileName, file.content, 'application/octet-stream'),
    onError: (e) => message.error(e.message),
  });
  return (
    <Table<ReportFileRecord>
      size="small"
      rowKey="id"
      pagination={false}
      loading={files.isLoading}
      dataSource={files.data ?? []}
      columns={[
        { title: t('exchange.county.serial'), dataIndex: 'matterSerial' },
        { title: t('exchange.county.fileKind'), dataIndex: 'kind', render: (k: ReportFileRecord['kind']) => t(k === 'letter' ? 'exchange.county.letter' : 'exchange.county.document') },
        { title: t('exchange.county.fileName'), key: 'name', render: (_: unknown, f: ReportFileRecord) => <Button type="link" size="small" onClick={() => open.mutate(f.id)}>{f.fileName}</Button> },
      ]}
    />
  );
}

/** 县司法局: the county-wide totals and per-township figures from the 统计上报 packages received. */
export function CountyCard() {
  const { t } = useI18n();
  const clock = useOfficeClock();
  const year = officeToday().year();
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>([dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)]);
  const from = period[0].format('YYYY-MM-DD');
  const to = period[1].format('YYYY-MM-DD');
  const stats = useQuery({ queryKey: [...exchangeKeys.county, from, to], queryFn: () => call('exchange.county.statistics', { from, to }) });
  const totals = stats.data?.totals;
  return (
    <Card title={t('exchange.county')} size="small">
      <Space direction="vertical" style={{ width: '100%' }}>
        <DatePicker.RangePicker value={period} allowClear={false} onChange={(v) => v?.[0] && v[1] && setPeriod([v[0], v[1]])} />
        <Table<OfficeRow>
          size="small"
          rowKey="code"
          pagination={false}
          loading={stats.isLoading}
          dataSource={stats.data?.offices ?? []}
          expandable={{ rowExpandable: (o) => o.files > 0, expandedRowRender: (o) => <ReportFiles packageId={o.packageId} /> }}
          columns={[
            { title: t('exchange.county.office'), key: 'office', render: (_: unknown, o: OfficeRow) => `${o.name}（${o.code}）` },
            { title: t('exchange.county.total'), dataIndex: 'total' },
            { title: t('exchange.county.opinions'), dataIndex: 'opinions' },
            { title: t('exchange.county.adopted'), dataIndex: 'adopted' },
            { title: t('exchange.county.partly'), dataIndex: 'partlyAdopted' },
            { title: t('exchange.county.notAdopted'), dataIndex: 'notAdopted' },
            { title: t('exchange.county.overdue'), dataIndex: 'overdue' },
            { title: t('exchange.county.files'), dataIndex: 'files' },
            { title: t('exchange.county.reportedAt'), dataIndex: 'reportedAt', render: (v: string) => clock.dateTime(v) },
          ]}
          summary={() =>
            totals ? (
              <Table.Summary.Row>
                {/* The first cell sits under the expand column. */}
                <Table.Summary.Cell index={0} />
                <Table.Summary.Cell index={1}>
                  <Typography.Text strong>{t('exchange.county.sum')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2}>
                  <Typography.Text strong data-testid="county-total">{totals.total}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3}>{totals.opinions}</Table.Summary.Cell>
                <Table.Summary.Cell index={4}>{totals.adopted}</Table.Summary.Cell>
                <Table.Summary.Cell index={5}>{totals.partlyAdopted}</Table.Summary.Cell>
                <Table.Summary.Cell index={6}>{totals.notAdopted}</Table.Summary.Cell>
                <Table.Summary.Cell index={7}>{totals.overdue}</Table.Summary.Cell>
                <Table.Summary.Cell index={8}>{stats.data?.offices.reduce((n, o) => n + o.files, 0)}</Table.Summary.Cell>
                <Table.Summary.Cell index={9} />
              </Table.Summary.Row>
            ) : null
          }
        />
      </Space>
    </Card>
  );
}
