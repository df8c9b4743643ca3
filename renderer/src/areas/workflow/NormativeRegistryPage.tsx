import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, type TableColumnsType, DatePicker, Form, Input, Modal, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { NormativeEntry } from '../../../../shared/contract/index';
import { ApiError, call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { MatterPicker } from '../records/MatterPicker';
import { officeToday } from '../../office-clock';

const ISO = 'YYYY-MM-DD';
const STATE_COLOR: Record<NormativeEntry['state'], string> = {
  'in-force': 'green',
  expiring: 'orange',
  expired: 'red',
  repealed: 'default',
  pending: 'blue',
};

interface Values {
  registrationNo: string;
  title: string;
  issuingBody: string;
  documentNo?: string;
  issuedOn: Dayjs;
  validFrom: Dayjs;
  validUntil?: Dayjs | null;
  repealedOn?: Dayjs | null;
  matterId?: number | null;
  note?: string;
}

const toFields = (v: Values) => ({
  ...v,
  issuedOn: v.issuedOn.format(ISO),
  validFrom: v.validFrom.format(ISO),
  validUntil: v.validUntil ? v.validUntil.format(ISO) : null,
  repealedOn: v.repealedOn ? v.repealedOn.format(ISO) : null,
  matterId: v.matterId ?? null,
});

/** 行政规范性文件 registry (三统一) with the expiring and expired lists for 清理. */
export function NormativeRegistryPage() {
  const { t } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<'all' | 'expiring' | 'expired'>('all');
  const [months, setMonths] = useState(6);
  const [editing, setEditing] = useState<NormativeEntry | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const list = useQuery({ queryKey: ['normative.list', filter, months], queryFn: () => call('normative.list', { filter, months }) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['normative.list'] });
  const save = useMutation({
    mutationFn: (v: Values) =>
      editing && editing !== 'new' ? call('normative.update', { id: editing.id, fields: toFields(v) }) : call('normative.create', toFields(v)),
    onSuccess: async () => {
      message.success(t('normative.saved'));
      setEditing(null);
      await refresh();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields) form.setFields(e.fields.map((f) => ({ name: f.path.replace(/^fields\./, '') as keyof Values, errors: [f.message] })));
      message.error(e.message);
    },
  });
  const remove = useMutation({ mutationFn: (id: number) => call('normative.delete', { id }), onSuccess: refresh, onError: (e) => message.error(e.message) });
  const open = (entry: NormativeEntry | 'new') => {
    setEditing(entry);
    form.setFieldsValue(
      entry === 'new'
        ? { issuedOn: officeToday(), validFrom: officeToday(), validUntil: officeToday().add(5, 'year').subtract(1, 'day') }
        : {
            ...entry,
            documentNo: entry.documentNo ?? undefined,
            note: entry.note ?? undefined,
            issuedOn: dayjs(entry.issuedOn),
            validFrom: dayjs(entry.validFrom),
            validUntil: entry.validUntil ? dayjs(entry.validUntil) : null,
            repealedOn: entry.repealedOn ? dayjs(entry.repealedOn) : null,
          },
    );
  };
  const required = (field: string) => [{ required: true, whitespace: true, message: t('feedback.required', { field }) }];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('normative.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('normative.intro')}</Typography.Paragraph>
      <Space wrap>
        <Segmented
          aria-label={t('normative.filterBy')}
          value={filter}
          onChange={(v) => setFilter(v as typeof filter)}
          options={(['all', 'expiring', 'expired'] as const).map((v) => ({ value: v, label: t(`normative.filter.${v}`) }))}
        />
        <Typography.Text>{t('normative.months')}</Typography.Text>
        <NumberInput aria-label={t('normative.months')} min={1} max={60} value={months} onChange={(v) => setMonths(v ?? 6)} />
        {can('normative.create') && (
          <Button type="primary" onClick={() => open('new')}>
            {t('normative.add')}
          </Button>
        )}
      </Space>
      {list.error && <Alert type="error" message={t('error.load', { message: list.error.message })} />}
      <Table<NormativeEntry>
        rowKey="id"
        size="middle"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('normative.empty') }}
        pagination={{ pageSize: 50 }}
        columns={([
          { title: t('normative.registrationNo'), dataIndex: 'registrationNo', width: 140 },
          { title: t('normative.docTitle'), dataIndex: 'title' },
          { title: t('normative.issuingBody'), dataIndex: 'issuingBody', width: 150 },
          { title: t('normative.documentNo'), dataIndex: 'documentNo', width: 150 },
          { title: t('normative.issuedOn'), dataIndex: 'issuedOn', width: 110 },
          { title: t('normative.validFrom'), dataIndex: 'validFrom', width: 110 },
          { title: t('normative.validUntil'), dataIndex: 'validUntil', width: 110, render: (v: string | null) => v ?? t('normative.noLimit') },
          {
            title: t('normative.state'),
            dataIndex: 'state',
            width: 100,
            render: (v: NormativeEntry['state']) => <Tag color={STATE_COLOR[v]}>{t(`normative.state.${v}`)}</Tag>,
          },
          {
            key: 'actions',
            width: 130,
            render: (_, e) => (
              <Space>
                <Button size="small" onClick={() => open(e)}>
                  {t('normative.edit')}
                </Button>
                <Popconfirm title={t('normative.deleteConfirm')} onConfirm={() => remove.mutate(e.id)}>
                  <Button size="small" danger>
                    {t('normative.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ] satisfies TableColumnsType<NormativeEntry>).filter((c) => c.key !== 'actions' || can('normative.create'))}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('normative.add') : t('normative.edit')}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        confirmLoading={save.isPending}
        okText={t('workflow.confirm')}
        cancelText={t('workflow.cancel')}
        width={720}
        forceRender
      >
        <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Space wrap size="middle">
            <Form.Item name="registrationNo" label={t('normative.registrationNo')} rules={required(t('normative.registrationNo'))}>
              <Input maxLength={64} autoFocus />
            </Form.Item>
            <Form.Item name="documentNo" label={t('normative.documentNo')}>
              <Input maxLength={64} />
            </Form.Item>
          </Space>
          <Form.Item name="title" label={t('normative.docTitle')} rules={required(t('normative.docTitle'))}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="issuingBody" label={t('normative.issuingBody')} rules={required(t('normative.issuingBody'))}>
            <Input maxLength={100} />
          </Form.Item>
          <Space wrap size="middle">
            <Form.Item name="issuedOn" label={t('normative.issuedOn')} rules={[{ required: true, message: t('feedback.required', { field: t('normative.issuedOn') }) }]}>
              <DatePicker format={ISO} />
            </Form.Item>
            <Form.Item name="validFrom" label={t('normative.validFrom')} rules={[{ required: true, message: t('feedback.required', { field: t('normative.validFrom') }) }]}>
              <DatePicker format={ISO} />
            </Form.Item>
            <Form.Item name="validUntil" label={t('normative.validUntil')}>
              <DatePicker format={ISO} />
            </Form.Item>
            <Form.Item name="repealedOn" label={t('normative.repealedOn')}>
              <DatePicker format={ISO} />
            </Form.Item>
          </Space>
          <Space wrap size="middle">
            <Form.Item name="matterId" label={t('normative.matterId')}>
              <MatterPicker />
            </Form.Item>
          </Space>
          <Form.Item name="note" label={t('normative.note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
