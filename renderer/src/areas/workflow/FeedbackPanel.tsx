import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import dayjs, { type Dayjs } from 'dayjs';
import type { KeyboardEvent } from 'react';
import { ADOPTIONS, type Adoption } from '../../../../shared/contract/index';
import { ApiError, call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { useToday } from '../records/use-today';
import { formPathOf, reasonMissing, rowLabel } from './feedback-form';
import { clearable } from '../../i18n/clearable';

interface Values {
  receivedOn: Dayjs;
  reply: string;
  revisedDocumentId?: number | null;
  adoptions: Record<string, { adoption?: Adoption | null; reason?: string }>;
}

/** Records the unit's reply and, per opinion, 采纳 / 部分采纳 / 未采纳 with the reason. */
export function FeedbackPanel({ matterId, receivedOn }: { matterId: number; receivedOn: string }) {
  const { t, labels } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const today = useToday();
  // A viewer reads the replies; only the case staff record them.
  const mayRecord = useCan()('feedback.record');
  const queryClient = useQueryClient();
  const data = useQuery({ queryKey: ['feedback.list', matterId], queryFn: () => call('feedback.list', { matterId }) });
  const opinions = data.data?.opinions ?? [];
  const changedAdoptions = (v: Values) =>
    opinions
      .map((o) => ({ o, a: v.adoptions?.[String(o.id)] }))
      .filter(({ o, a }) => a && a.adoption !== undefined && (a.adoption !== o.adoption || (a.reason ?? '') !== (o.adoptionReason ?? '')))
      .map(({ o, a }) => ({ opinionId: o.id, adoption: a!.adoption ?? null, reason: a!.reason ?? null }));
  const save = useMutation({
    mutationFn: (v: Values) =>
      call('feedback.record', {
        matterId,
        receivedOn: v.receivedOn.format('YYYY-MM-DD'),
        reply: v.reply,
        revisedDocumentId: v.revisedDocumentId ?? null,
        adoptions: changedAdoptions(v),
      }),
    onSuccess: async () => {
      message.success(t('feedback.saved'));
      form.resetFields(['reply', 'revisedDocumentId']);
      await queryClient.invalidateQueries({ queryKey: ['feedback.list', matterId] });
    },
    onError: (e, v) => {
      if (e instanceof ApiError && e.fields) {
        const sent = changedAdoptions(v).map((a) => a.opinionId);
        form.setFields(e.fields.map((f) => ({ name: formPathOf(f.path, sent) as never, errors: [f.message] })));
      }
      message.error(e.message);
    },
  });
  const initialAdoptions = Object.fromEntries(opinions.map((o) => [String(o.id), { adoption: o.adoption, reason: o.adoptionReason ?? '' }]));
  const submitOnCtrlEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.submit();
  };
  return (
    <Card title={t('feedback.title')} size="small">
      {data.data && mayRecord && (
        <Form<Values>
          form={form}
          layout="vertical"
          name={`feedback-${matterId}`}
          initialValues={{ receivedOn: dayjs(today), adoptions: initialAdoptions }}
          onFinish={(v) => save.mutate(v)}
          onKeyDown={submitOnCtrlEnter}
          disabled={save.isPending}
        >
          <Space wrap size="middle">
            <Form.Item name="receivedOn" label={t('feedback.receivedOn')} rules={[{ required: true }]}>
              <DatePicker format="YYYY-MM-DD" disabledDate={(d) => d.isBefore(dayjs(receivedOn), 'day')} />
            </Form.Item>
            <Form.Item name="revisedDocumentId" label={t('feedback.revisedDocument')}>
              <NumberInput min={1} style={{ width: 200 }} />
            </Form.Item>
          </Space>
          <Form.Item
            name="reply"
            label={t('feedback.reply')}
            rules={[{ required: true, whitespace: true, message: t('feedback.required', { field: t('feedback.reply') }) }]}
          >
            <Input.TextArea rows={3} maxLength={10000} />
          </Form.Item>
          <Typography.Text strong>{t('feedback.opinions')}</Typography.Text>
          {opinions.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('feedback.noOpinions')}</Typography.Paragraph>
          ) : (
            <List
              size="small"
              dataSource={opinions}
              renderItem={(o) => (
                <List.Item>
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Space>
                      <Tag>{labels.severity(o.severity)}</Tag>
                      <Typography.Text data-testid="feedback-row-label">
                        {rowLabel(o)} {o.text}
                      </Typography.Text>
                    </Space>
                    <Space wrap>
                      <Form.Item name={['adoptions', String(o.id), 'adoption']} noStyle>
                        <Select
                          aria-label={`${t('feedback.adoption')} ${rowLabel(o)}`}
                          style={{ width: 140 }}
                          placeholder={t('feedback.notRecorded')}
                          allowClear={clearable(t)}
                          options={ADOPTIONS.map((a) => ({ value: a, label: t(`feedback.adoption.${a}`) }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={['adoptions', String(o.id), 'reason']}
                        dependencies={[['adoptions', String(o.id), 'adoption']]}
                        style={{ marginBottom: 0 }}
                        rules={[
                          ({ getFieldValue }) => ({
                            // Checked here, on this row, before anything is sent.
                            validator: (_rule, value: string | undefined) =>
                              reasonMissing(getFieldValue(['adoptions', String(o.id), 'adoption']), value)
                                ? Promise.reject(new Error(t('feedback.reasonRequired', { n: rowLabel(o) })))
                                : Promise.resolve(),
                          }),
                        ]}
                      >
                        <Input style={{ width: 420, maxWidth: '100%' }} placeholder={t('feedback.adoptionReason')} maxLength={1000} aria-label={`${t('feedback.adoptionReason')} ${rowLabel(o)}`} />
                      </Form.Item>
                    </Space>
                  </Space>
                </List.Item>
              )}
            />
          )}
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('feedback.save')}
            </Button>
            <Typography.Text type="secondary">{t('form.shortcut')}</Typography.Text>
          </Space>
        </Form>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('feedback.list')}
      </Typography.Title>
      <List
        size="small"
        locale={{ emptyText: t('feedback.none') }}
        dataSource={data.data?.items ?? []}
        renderItem={(f) => (
          <List.Item>
            <List.Item.Meta title={`${f.receivedOn} · ${f.createdBy}`} description={f.reply} />
          </List.Item>
        )}
      />
    </Card>
  );
}
