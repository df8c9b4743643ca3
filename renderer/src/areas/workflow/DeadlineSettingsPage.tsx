import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Radio, Skeleton, Space, Switch, Table, Tag, Typography } from 'antd';
import { NumberInput } from '../../i18n/number-input';
import { useEffect } from 'react';
import type { WorkflowSettingsView } from '../../../../shared/contract/index';
import { MATTER_TYPES, type MatterType } from '../../../../shared/domain/matter';
import type { DeadlineSettings, OfficeReviewLimits, PauseMode } from '../../../../shared/domain/workflow';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { ruleText } from './rule-text';

interface Values {
  days: Record<MatterType, number>;
  countStartDay: boolean;
  pauseMode: PauseMode;
  countAdjustedWorkdays: boolean;
  soonDays: number;
  extraOffDays: string;
  extraWorkdays: string;
}

const lines = (text: string) =>
  text
    .split(/[\s,，;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The office's review limits per type and the deadline rule options, with the resulting rule sentence. */
export function DeadlineSettingsPage() {
  const { t, labels, locale } = useI18n();
  // Everyone in the office reads the deadline rules; the administrator changes them.
  const maySave = useCan()('workflow.settings.set');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const settings = useQuery({ queryKey: ['workflow.settings.get'], queryFn: () => call('workflow.settings.get', {}) });
  useEffect(() => {
    const s = settings.data;
    if (!s) return;
    form.setFieldsValue({
      days: Object.fromEntries(MATTER_TYPES.map((type) => [type, s.limits[type].workingDays])) as Record<MatterType, number>,
      countStartDay: s.deadline.countStartDay,
      pauseMode: s.deadline.pauseMode,
      countAdjustedWorkdays: s.deadline.countAdjustedWorkdays,
      soonDays: s.deadline.soonDays,
      extraOffDays: s.deadline.extraOffDays.join('\n'),
      extraWorkdays: s.deadline.extraWorkdays.join('\n'),
    });
  }, [settings.data, form]);
  const save = useMutation({
    mutationFn: (v: Values) => {
      const s = settings.data as WorkflowSettingsView;
      // Only types whose number differs from the default become office settings, with the basis kept.
      const officeLimits: OfficeReviewLimits = { ...s.officeLimits };
      for (const type of MATTER_TYPES) {
        const current = s.limits[type];
        if (v.days[type] !== current.workingDays) {
          officeLimits[type] = {
            ...current,
            workingDays: v.days[type],
            basisZh: s.officeLimits[type]?.basisZh ?? `本单位设定（原默认依据：${current.basisZh}）`,
            certainty: 'practice',
          };
        }
      }
      const deadline: DeadlineSettings = {
        countStartDay: v.countStartDay,
        pauseMode: v.pauseMode,
        countAdjustedWorkdays: v.countAdjustedWorkdays,
        soonDays: v.soonDays,
        extraOffDays: lines(v.extraOffDays ?? ''),
        extraWorkdays: lines(v.extraWorkdays ?? ''),
      };
      return call('workflow.settings.set', { officeLimits, deadline });
    },
    onSuccess: async (next) => {
      queryClient.setQueryData(['workflow.settings.get'], next);
      await queryClient.invalidateQueries({ queryKey: ['workflow.get'] });
      message.success(t('deadlineSettings.saved'));
    },
    onError: (e) => message.error(e.message),
  });
  if (settings.error) return <Alert type="error" message={t('error.load', { message: settings.error.message })} />;
  if (!settings.data) return <Skeleton active />;
  const s = settings.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 1100 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('deadlineSettings.title')}
      </Typography.Title>
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
        <Card size="small" title={t('deadlineSettings.limits')}>
          <Table
            rowKey="type"
            size="small"
            pagination={false}
            dataSource={MATTER_TYPES.map((type) => ({ type, limit: s.limits[type] }))}
            columns={[
              { title: t('matter.type'), dataIndex: 'type', width: 180, render: (v: MatterType) => labels.matterType(v) },
              {
                title: t('deadlineSettings.workingDays'),
                key: 'days',
                width: 120,
                render: (_, r) => (
                  <Form.Item name={['days', r.type]} noStyle rules={[{ required: true }]}>
                    <NumberInput aria-label={`${labels.matterType(r.type)} ${t('deadlineSettings.workingDays')}`} min={1} max={365} />
                  </Form.Item>
                ),
              },
              {
                title: t('deadlineSettings.basis'),
                key: 'basis',
                render: (_, r) => (
                  <Space direction="vertical" size={0}>
                    <Space size={4}>
                      <Tag color={r.limit.certainty === 'verified' ? 'green' : r.limit.certainty === 'unverified' ? 'orange' : 'default'}>
                        {t(`deadlineSettings.certainty.${r.limit.certainty}`)}
                      </Tag>
                      <Typography.Text>{r.limit.basisZh}</Typography.Text>
                    </Space>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.limit.noteZh}
                    </Typography.Text>
                  </Space>
                ),
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('deadlineSettings.rule')} style={{ marginTop: 16 }}>
          <Space wrap size="large">
            <Form.Item name="countStartDay" label={t('deadlineSettings.countStartDay')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="countAdjustedWorkdays" label={t('deadlineSettings.countAdjusted')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="pauseMode" label={t('deadlineSettings.pauseMode')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'resume', label: t('deadlineSettings.pause.resume') },
                  { value: 'restart', label: t('deadlineSettings.pause.restart') },
                ]}
              />
            </Form.Item>
            <Form.Item name="soonDays" label={t('deadlineSettings.soonDays')}>
              <NumberInput min={0} max={30} />
            </Form.Item>
          </Space>
          <Space wrap size="large" align="start">
            <Form.Item name="extraOffDays" label={t('deadlineSettings.extraOff')} extra={t('deadlineSettings.datesHint')}>
              <Input.TextArea rows={3} style={{ width: 320 }} />
            </Form.Item>
            <Form.Item name="extraWorkdays" label={t('deadlineSettings.extraWork')} extra={t('deadlineSettings.datesHint')}>
              <Input.TextArea rows={3} style={{ width: 320 }} />
            </Form.Item>
          </Space>
          <Typography.Paragraph type="secondary" data-testid="deadline-rule">
            <strong>{t('workflow.ruleLabel')}</strong>
            {ruleText(locale, { ...s.deadline, coverage: s.coverage })}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('deadlineSettings.coverage', { from: s.coverage.firstYear, to: s.coverage.lastYear })}</Typography.Text>
          <Typography.Link href={routeHref({ page: 'holidays' })}>{t('holidays.goto')}</Typography.Link>
        </Card>
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!maySave}>
            {t('deadlineSettings.save')}
          </Button>
          <Typography.Text type="secondary">{t('deadlineSettings.note')}</Typography.Text>
        </Space>
      </Form>
    </Space>
  );
}
