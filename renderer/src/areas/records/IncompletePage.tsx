import { App, Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Matter, MissingField } from '../../../../shared/contract/index';
import type { MatterType } from '../../../../shared/domain/matter';
import { useI18n } from '../../i18n';
import { selectionLabels } from '../../i18n/table-selection';
import type { MessageKey } from '../../i18n/messages';
import { routeHref } from '../../routes';
import { typeOptionMatches, typeOptionRank } from '../matter/registration-keys';
import { matterTypeOptions } from '../matter/type-options';
import { useBulkUpdate, useIncomplete } from './records-queries';
import { clearable } from '../../i18n/clearable';

interface BulkValues {
  submittingUnit?: string;
  township?: string;
  type?: MatterType;
  reason: string;
}

/** 待补录事项: matters batch import left incomplete, with bulk edit of unit, township and type. */
export function IncompletePage() {
  const { t, labels } = useI18n();
  const { message } = App.useApp();
  const list = useIncomplete();
  const bulk = useBulkUpdate();
  const [selected, setSelected] = useState<number[]>([]);
  const [form] = Form.useForm<BulkValues>();
  const apply = (v: BulkValues) => {
    const changes = {
      ...(v.submittingUnit?.trim() ? { submittingUnit: v.submittingUnit.trim() } : {}),
      ...(v.township?.trim() ? { township: v.township.trim() } : {}),
      ...(v.type ? { type: v.type } : {}),
    };
    if (Object.keys(changes).length === 0) return void message.warning(t('records.bulk.nothing'));
    bulk.mutate(
      { ids: selected, changes, reason: v.reason },
      {
        onSuccess: (r) => {
          message.success(t('records.bulk.done', { n: r.updated }));
          setSelected([]);
          form.resetFields();
        },
        onError: (e) => void message.error(e.message),
      },
    );
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('records.incomplete.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('records.incomplete.intro')}</Typography.Paragraph>
      {selected.length > 0 && (
        <Card size="small" title={t('records.bulk.title', { n: selected.length })} data-testid="bulk-edit">
          <Form<BulkValues> form={form} layout="inline" name="bulk-edit" onFinish={apply} disabled={bulk.isPending}>
            <Form.Item name="submittingUnit" label={t('matter.submittingUnit')}>
              <Input maxLength={100} placeholder={t('records.bulk.keep')} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="township" label={t('matter.township')}>
              <Input maxLength={50} placeholder={t('records.bulk.keep')} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="type" label={t('matter.type')}>
              <Select
                allowClear={clearable(t)}
                placeholder={t('records.bulk.keep')}
                style={{ width: 220 }}
                options={matterTypeOptions(labels)}
                showSearch={{
                  filterOption: (input, option) => typeOptionMatches(input, option),
                  filterSort: (a, b, { searchValue }) => typeOptionRank(a, searchValue) - typeOptionRank(b, searchValue),
                }}
              />
            </Form.Item>
            <Form.Item name="reason" label={t('records.reason')} rules={[{ required: true, whitespace: true, message: t('records.reason.required') }]}>
              <Input maxLength={500} style={{ width: 220 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={bulk.isPending}>
              {t('records.bulk.apply')}
            </Button>
          </Form>
        </Card>
      )}
      <Table<{ matter: Matter; missing: MissingField[] }>
        rowKey={(r) => r.matter.id}
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('records.incomplete.none') }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), ...selectionLabels<{ matter: Matter }>(t, (r) => r.matter.title) }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        columns={[
          { title: t('matter.serial'), key: 'serial', width: 120, render: (_, r) => <a href={routeHref({ page: 'matter', id: r.matter.id })}>{r.matter.serial}</a> },
          { title: t('matter.title'), key: 'title', render: (_, r) => r.matter.title, ellipsis: true },
          { title: t('matter.type'), key: 'type', width: 180, render: (_, r) => labels.matterType(r.matter.type) },
          { title: t('matter.submittingUnit'), key: 'unit', width: 180, render: (_, r) => r.matter.submittingUnit },
          { title: t('matter.township'), key: 'township', width: 120, render: (_, r) => r.matter.township ?? '—' },
          {
            title: t('records.incomplete.missing'),
            key: 'missing',
            width: 200,
            render: (_, r) => r.missing.map((f) => <Tag color="orange" key={f}>{t(`matter.${f}` as MessageKey)}</Tag>),
          },
        ]}
      />
    </Space>
  );
}
