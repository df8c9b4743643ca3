import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { PACKAGE_KINDS, PACKAGE_KIND_ZH, type PackageKind } from '../../../../shared/domain/exchange';
import { call } from '../../api/client';
import { saveFile } from '../../api/save-file';
import { useI18n } from '../../i18n';
import { exchangeKeys } from './keys';

interface ExportForm {
  kind: PackageKind;
  matterId?: number;
  to: string;
  period?: [Dayjs, Dayjs];
  encrypt: boolean;
  includeDocuments: boolean;
}

/** Export with a chosen receiver from the trust list; the file is saved where the person chooses. */
export function ExportCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<ExportForm>();
  const kind = Form.useWatch('kind', form);
  const [search, setSearch] = useState('');
  const trusted = useQuery({ queryKey: exchangeKeys.trust, queryFn: () => call('exchange.trust.list', {}) });
  const matters = useQuery({
    queryKey: ['matters.list', 'exchange', search],
    queryFn: () => call('matters.list', { query: search || undefined, limit: 50 }),
    enabled: kind !== 'statistics',
  });
  const exporter = useMutation({
    mutationFn: (v: ExportForm) =>
      call('exchange.package.export', {
        kind: v.kind,
        to: v.to,
        matterId: v.kind === 'statistics' ? undefined : v.matterId,
        period: v.period ? { from: v.period[0].format('YYYY-MM-DD'), to: v.period[1].format('YYYY-MM-DD') } : undefined,
        encrypt: v.encrypt,
        includeDocuments: v.kind === 'statistics' && v.includeDocuments,
      }),
    onSuccess: async (file) => {
      // The package is made and recorded either way; say 「已导出」 only when the file was saved.
      void client.invalidateQueries({ queryKey: exchangeKeys.history });
      if (await saveFile(file.fileName, file.content, 'application/octet-stream')) message.success(t('exchange.export.done', { file: file.fileName }));
      else message.info(t('exchange.export.notSaved'));
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Card title={t('exchange.export')} size="small">
      <Form form={form} layout="vertical" initialValues={{ kind: 'submission', encrypt: true, includeDocuments: false }} onFinish={(v) => exporter.mutate(v)}>
        <Form.Item name="kind" label={t('exchange.export.kind')}>
          <Select data-testid="export-kind" options={PACKAGE_KINDS.map((k) => ({ value: k, label: PACKAGE_KIND_ZH[k] }))} />
        </Form.Item>
        {kind === 'statistics' ? (
          <>
            <Form.Item name="period" label={t('exchange.export.period')} rules={[{ required: true }]}>
              <DatePicker.RangePicker />
            </Form.Item>
            <Form.Item name="includeDocuments" label={t('exchange.export.includeDocuments')} extra={t('exchange.export.includeDocumentsHint')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="matterId" label={t('exchange.export.matter')} rules={[{ required: true, message: t('exchange.export.matterRequired') }]}>
            <Select
              data-testid="export-matter"
              showSearch
              filterOption={false}
              onSearch={setSearch}
              placeholder={t('exchange.export.matterSearch')}
              loading={matters.isFetching}
              options={(matters.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.serial}  ${m.title}` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="to" label={t('exchange.export.to')} rules={[{ required: true, message: t('exchange.export.toRequired') }]}>
          <Select
            data-testid="export-to"
            options={(trusted.data ?? []).filter((o) => !o.withdrawnAt).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` }))}
          />
        </Form.Item>
        <Form.Item name="encrypt" label={t('exchange.export.encrypt')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={exporter.isPending}>
          {t('exchange.export.go')}
        </Button>
      </Form>
    </Card>
  );
}
