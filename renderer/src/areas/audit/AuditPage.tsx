import { SafetyCertificateOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ChainReport, MethodInput, MethodOutput } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { saveFile } from '../../api/save-file';
import { useI18n } from '../../i18n';
import { useAccounts } from '../accounts/use-accounts';
import { useOfficeClock } from '../../office-clock';
import type { MessageKey } from '../../i18n/messages';
import { clearable } from '../../i18n/clearable';

type Entry = MethodOutput<'audit.query'>['items'][number];
type Filter = MethodInput<'audit.export'>;

const PAGE_SIZE = 50;
const ISO = 'YYYY-MM-DD';

/** 审计日志 (admin, viewer): who did what and when, filtered, exported, and the hash chain checked. */
/** Entities the audit log names (recordAudit's `entity`), each with an audit.entity.* label. */
const AUDIT_ENTITIES = new Set(['account', 'audit', 'decision', 'document', 'finding', 'ledger', 'legal-basis', 'letter', 'matter', 'normative', 'office', 'opinion', 'phrase', 'settings', 'statistics', 'statutes', 'template', 'trusted-office']);

export function AuditPage() {
  const { t } = useI18n();
  const clock = useOfficeClock();
  // The stored entity codes (matter, letter…) in the UI's language; an unknown code shows as stored.
  const entityName = (entity: string) => (AUDIT_ENTITIES.has(entity) ? t(`audit.entity.${entity}` as MessageKey) : entity);
  const { message } = App.useApp();
  const accounts = useAccounts();
  const [userId, setUserId] = useState<number | undefined>();
  const [matterId, setMatterId] = useState<number | null>(null);
  const [action, setAction] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const filter: Filter = {
    userId,
    matterId: matterId ?? undefined,
    action: action.trim() || undefined,
    from: range?.[0]?.format(ISO),
    to: range?.[1]?.format(ISO),
  };
  const entries = useQuery({
    queryKey: ['audit.query', filter, page],
    queryFn: () => call('audit.query', { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const exportCsv = useMutation({
    mutationFn: () => call('audit.export', filter),
    onSuccess: (file) => saveFile(file.fileName, file.content, file.mime),
    onError: (e) => void message.error(e.message),
  });
  const verify = useMutation({ mutationFn: () => call('audit.verify', {}), onError: (e) => void message.error(e.message) });
  // Any change of filter starts again at the first page.
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space align="baseline" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
        <Space wrap>
          <Button onClick={() => exportCsv.mutate()} loading={exportCsv.isPending}>
            {t('audit.export')}
          </Button>
          <Button icon={<SafetyCertificateOutlined />} onClick={() => verify.mutate()} loading={verify.isPending}>
            {t('audit.verify')}
          </Button>
        </Space>
      </Space>
      {verify.data && <ChainResult report={verify.data} />}
      <Space wrap role="search" aria-label={t('audit.filters')}>
        <Select
          allowClear={clearable(t)}
          showSearch
          optionFilterProp="label"
          aria-label={t('audit.person')}
          placeholder={t('audit.person')}
          style={{ width: 200 }}
          value={userId}
          onChange={refilter(setUserId)}
          options={(accounts.data ?? []).map((a) => ({ value: a.id, label: `${a.displayName}（${a.login}）` }))}
        />
        <NumberInput aria-label={t('audit.matterId')} placeholder={t('audit.matterId')} min={1} precision={0} style={{ width: 140 }} value={matterId} onChange={refilter(setMatterId)} />
        <Input allowClear aria-label={t('audit.action')} placeholder={t('audit.actionPlaceholder')} style={{ width: 200 }} value={action} onChange={(e) => refilter(setAction)(e.target.value)} maxLength={60} />
        <DatePicker.RangePicker aria-label={t('audit.range')} value={range} onChange={(v) => refilter(setRange)(v)} format={ISO} />
      </Space>
      {entries.error && <Alert type="error" title={t('error.load', { message: entries.error.message })} />}
      <Table<Entry>
        rowKey="id"
        size="small"
        data-testid="audit-table"
        loading={entries.isFetching}
        dataSource={entries.data?.items ?? []}
        locale={{ emptyText: t('audit.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: entries.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (n) => t('audit.total', { n }),
        }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => clock.dateTime(v, { seconds: true }) },
          { title: t('audit.person'), dataIndex: 'actorName', width: 160, render: (v: string, e) => v || e.actor },
          { title: t('audit.summary'), dataIndex: 'summary' },
          { title: t('audit.action'), dataIndex: 'action', width: 200, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          {
            title: t('audit.entity'),
            key: 'entity',
            width: 140,
            render: (_, e) => (e.entityId === null ? entityName(e.entity) : `${entityName(e.entity)} #${e.entityId}`),
          },
        ]}
      />
    </Space>
  );
}

/** What 校验完整性 found: an intact chain, or the first entry where it breaks and why. */
function ChainResult({ report }: { report: ChainReport }) {
  const { t } = useI18n();
  if (report.ok) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="audit-verify"
        title={t('audit.verifyOk', { n: report.entries })}
        description={report.head ? t('audit.verifyHead', { head: report.head }) : undefined}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="audit-verify"
      title={t('audit.verifyBroken', { n: report.entries })}
      description={report.firstBroken ? t('audit.verifyFirstBroken', { id: report.firstBroken.id, reason: report.firstBroken.reason }) : undefined}
    />
  );
}
