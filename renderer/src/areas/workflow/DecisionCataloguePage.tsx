import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, type TableColumnsType, DatePicker, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DECISION_STEPS, type DecisionItem, type DecisionStep, type DecisionStepState } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { MatterPicker } from '../records/MatterPicker';
import { officeToday } from '../../office-clock';

interface ItemValues {
  title: string;
  responsibleUnit: string;
  matterId?: number | null;
  note?: string;
}

/** One procedure step: date and evidence, or the reason it does not apply. */
function StepRow({ item, state }: { item: DecisionItem; state: DecisionStepState }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [doneOn, setDoneOn] = useState<Dayjs | null>(state.doneOn ? dayjs(state.doneOn) : null);
  const [evidence, setEvidence] = useState<number | null>(state.evidenceDocumentId);
  const [na, setNa] = useState(state.notApplicable ?? '');
  const save = useMutation({
    mutationFn: () =>
      call('decisions.setStep', {
        itemId: item.id,
        step: state.step,
        doneOn: doneOn ? doneOn.format('YYYY-MM-DD') : null,
        evidenceDocumentId: evidence,
        notApplicable: na.trim() || null,
      }),
    onSuccess: async () => {
      message.success(t('decisions.saved'));
      await queryClient.invalidateQueries({ queryKey: ['decisions.list'] });
    },
    onError: (e) => message.error(e.message),
  });
  const label = t(`decisions.step.${state.step}`);
  return (
    <Space wrap>
      <Typography.Text strong style={{ display: 'inline-block', width: 110 }}>
        {label}
      </Typography.Text>
      <DatePicker aria-label={`${label} ${t('decisions.doneOn')}`} placeholder={t('decisions.doneOn')} value={doneOn} onChange={setDoneOn} />
      <NumberInput aria-label={`${label} ${t('decisions.evidence')}`} placeholder={t('decisions.evidence')} min={1} style={{ width: 180 }} value={evidence} onChange={(v) => setEvidence(v ?? null)} />
      <Input aria-label={`${label} ${t('decisions.notApplicable')}`} placeholder={t('decisions.notApplicable')} style={{ width: 260 }} value={na} onChange={(e) => setNa(e.target.value)} />
      <Button size="small" onClick={() => save.mutate()} loading={save.isPending}>
        {t('decisions.saveStep')}
      </Button>
    </Space>
  );
}

function stepTag(s: DecisionStepState, label: string, naLabel: string) {
  if (s.doneOn) return <Tag color="green" key={s.step}>{`${label} ${s.doneOn}`}</Tag>;
  if (s.notApplicable) return <Tag key={s.step}>{`${label} ${naLabel}`}</Tag>;
  return (
    <Tag color="red" key={s.step}>
      {label}
    </Tag>
  );
}

/** 重大行政决策 年度决策事项目录: items, their procedure steps and what is still missing. */
export function DecisionCataloguePage() {
  const { t } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(officeToday().year());
  const [editing, setEditing] = useState<DecisionItem | 'new' | null>(null);
  const [form] = Form.useForm<ItemValues>();
  const list = useQuery({ queryKey: ['decisions.list', year], queryFn: () => call('decisions.list', { year }) });
  const create = useMutation({
    mutationFn: (v: ItemValues) =>
      editing && editing !== 'new'
        ? call('decisions.update', { id: editing.id, fields: { ...v, year: editing.year, matterId: v.matterId ?? null } })
        : call('decisions.create', { ...v, year, matterId: v.matterId ?? null }),
    onSuccess: async () => {
      message.success(t('decisions.saved'));
      setEditing(null);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['decisions.list'] });
    },
    onError: (e) => message.error(e.message),
  });
  const remove = useMutation({
    mutationFn: (id: number) => call('decisions.delete', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['decisions.list'] }),
    onError: (e) => message.error(e.message),
  });
  const stepName = (s: DecisionStep) => t(`decisions.step.${s}`);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('decisions.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('decisions.intro')}</Typography.Paragraph>
      <Space>
        <Typography.Text>{t('decisions.year')}</Typography.Text>
        <NumberInput aria-label={t('decisions.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        {can('decisions.create') && (
          <Button
            type="primary"
            onClick={() => {
              form.resetFields();
              setEditing('new');
            }}
          >
            {t('decisions.add')}
          </Button>
        )}
      </Space>
      {list.error && <Alert type="error" message={t('error.load', { message: list.error.message })} />}
      <Table<DecisionItem>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('decisions.empty') }}
        pagination={false}
        expandable={{
          expandRowByClick: false,
          expandedRowRender: (item) => (
            <Space direction="vertical">
              {DECISION_STEPS.map((s) => (
                <StepRow key={`${item.id}-${s}`} item={item} state={item.steps.find((x) => x.step === s)!} />
              ))}
            </Space>
          ),
        }}
        columns={([
          { title: t('decisions.itemTitle'), dataIndex: 'title' },
          { title: t('decisions.responsibleUnit'), dataIndex: 'responsibleUnit', width: 150 },
          {
            title: t('decisions.steps'),
            key: 'steps',
            render: (_, item) => <Space size={[0, 4]} wrap>{item.steps.map((s) => stepTag(s, stepName(s.step), t('decisions.stepNa')))}</Space>,
          },
          {
            title: t('decisions.missing'),
            key: 'missing',
            width: 260,
            render: (_, item) => (
              <Space direction="vertical" size={2}>
                {item.readyForDecision ? (
                  <Tag color="green">{t('decisions.ready')}</Tag>
                ) : (
                  <Typography.Text type="danger">{item.missingBeforeDecision.map(stepName).join('、')}</Typography.Text>
                )}
                {item.problems.map((p) => (
                  <Typography.Text key={p} type="warning" style={{ fontSize: 12 }}>
                    {p}
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
          {
            key: 'actions',
            width: 150,
            render: (_, item) => (
              <Space>
                <Button
                  size="small"
                  onClick={() => {
                    form.setFieldsValue({ title: item.title, responsibleUnit: item.responsibleUnit, matterId: item.matterId, note: item.note ?? undefined });
                    setEditing(item);
                  }}
                >
                  {t('decisions.edit')}
                </Button>
                <Popconfirm title={t('decisions.deleteConfirm')} onConfirm={() => remove.mutate(item.id)}>
                  <Button size="small" danger>
                    {t('decisions.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ] satisfies TableColumnsType<DecisionItem>).filter((c) => c.key !== 'actions' || can('decisions.create'))}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('decisions.add') : t('decisions.edit')}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        confirmLoading={create.isPending}
        okText={t('workflow.confirm')}
        cancelText={t('workflow.cancel')}
        forceRender
      >
        <Form<ItemValues> form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
          <Form.Item name="title" label={t('decisions.itemTitle')} rules={[{ required: true, whitespace: true, message: t('feedback.required', { field: t('decisions.itemTitle') }) }]}>
            <Input maxLength={200} autoFocus />
          </Form.Item>
          <Form.Item
            name="responsibleUnit"
            label={t('decisions.responsibleUnit')}
            rules={[{ required: true, whitespace: true, message: t('feedback.required', { field: t('decisions.responsibleUnit') }) }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="matterId" label={t('decisions.matterId')}>
            <MatterPicker />
          </Form.Item>
          <Form.Item name="note" label={t('decisions.note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
