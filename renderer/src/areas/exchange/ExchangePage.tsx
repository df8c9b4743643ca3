import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import { PACKAGE_KIND_ZH } from '../../../../shared/domain/exchange';
import type { PackageRecord } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { CountyCard } from './CountyCard';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import { OfficeCard } from './OfficeCard';
import { TrustCard } from './TrustCard';
import { exchangeKeys } from './keys';
import { useOfficeClock } from '../../office-clock';

/** 收发: the office's keys and trust list, export to a chosen receiver, import with a preview, history. */
export function ExchangePage() {
  const { t } = useI18n();
  const clock = useOfficeClock();
  const history = useQuery({ queryKey: exchangeKeys.history, queryFn: () => call('exchange.history', {}) });
  const office = useQuery({ queryKey: exchangeKeys.office, queryFn: () => call('exchange.office.get', {}) });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('exchange.title')}</Typography.Title>
      <OfficeCard />
      <TrustCard />
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <ExportCard />
        </Col>
        <Col xs={24} lg={14}>
          <ImportCard />
        </Col>
      </Row>
      {office.data?.kind === 'county-bureau' && <CountyCard />}
      <Card title={t('exchange.history')} size="small">
        <Table<PackageRecord>
          size="small"
          rowKey="id"
          dataSource={history.data ?? []}
          columns={[
            { title: t('exchange.col.at'), dataIndex: 'at', render: (v: string) => clock.dateTime(v) },
            { title: t('exchange.col.direction'), dataIndex: 'direction', render: (d: 'in' | 'out') => <Tag color={d === 'in' ? 'blue' : 'gold'}>{t(d === 'in' ? 'exchange.in' : 'exchange.out')}</Tag> },
            { title: t('exchange.col.kind'), dataIndex: 'kind', render: (k: PackageRecord['kind']) => PACKAGE_KIND_ZH[k] },
            { title: t('exchange.col.peer'), key: 'peer', render: (_: unknown, r: PackageRecord) => `${r.peerName}（${r.peerCode}）` },
            { title: t('exchange.col.title'), key: 'title', render: (_: unknown, r: PackageRecord) => (r.matterId ? <a href={routeHref({ page: 'matter', id: r.matterId })}>{r.title}</a> : r.title) },
            { title: t('exchange.col.actor'), dataIndex: 'actor' },
          ]}
        />
      </Card>
    </Space>
  );
}
