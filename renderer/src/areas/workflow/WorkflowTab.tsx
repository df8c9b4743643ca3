import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { Matter } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { DeadlineTag } from './DeadlineTag';
import { FeedbackPanel } from './FeedbackPanel';
import { MoveDialog, type MoveRequest } from './MoveDialog';
import { useOfficeClock } from '../../office-clock';
import { ruleText } from './rule-text';

/** The matter's flow: status and allowed moves, the deadline with its rule, the history, and feedback. */
export function WorkflowTab({ matter }: { matter: Matter }) {
  const { t, labels, locale } = useI18n();
  const clock = useOfficeClock();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [request, setRequest] = useState<MoveRequest | null>(null);
  const can = useCan();
  const view = useQuery({ queryKey: ['workflow.get', matter.id], queryFn: () => call('workflow.get', { matterId: matter.id }) });
  const move = useMutation({
    mutationFn: (v: { effectiveOn: string; reason: string | null }) => call('workflow.move', { matterId: matter.id, to: request!.to, ...v }),
    onSuccess: async (next) => {
      message.success(t('workflow.moved', { status: labels.status(next.status) }));
      setRequest(null);
      queryClient.setQueryData(['workflow.get', matter.id], next);
      await queryClient.invalidateQueries({ queryKey: ['matters.get', matter.id] });
      await queryClient.invalidateQueries({ queryKey: ['workflow.queue'] });
    },
    onError: (e) => message.error(e.message),
  });
  if (view.error) return <Alert type="error" message={t('error.load', { message: view.error.message })} />;
  if (!view.data) return <Skeleton active />;
  const w = view.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('workflow.status')} size="small">
            <Space direction="vertical" style={{ width: '100%' }}>
              <Tag color="processing" style={{ fontSize: 14, padding: '2px 10px' }}>
                {labels.status(w.status)}
              </Tag>
              <Typography.Text type="secondary">{t('workflow.moves')}</Typography.Text>
              {!can('workflow.move') ? (
                <Typography.Text type="secondary">{t('workflow.readOnly')}</Typography.Text>
              ) : w.allowedMoves.length === 0 ? (
                <Typography.Text>{t('workflow.noMoves')}</Typography.Text>
              ) : (
                <Space wrap>
                  {w.allowedMoves.map((m) => (
                    <Button key={m.to} danger={m.to === 'withdrawn'} onClick={() => setRequest(m)}>
                      {t('workflow.moveTo', { status: labels.status(m.to) })}
                    </Button>
                  ))}
                </Space>
              )}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('workflow.deadline')} size="small" extra={<a href={routeHref({ page: 'deadline-settings' })}>{t('deadlineSettings.link')}</a>}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('matter.dueOn')}>
                <Space>
                  {w.deadline.dueOn ?? '—'}
                  <DeadlineTag deadline={w.deadline} />
                </Space>
              </Descriptions.Item>
              {w.limitDays !== null && (
                <Descriptions.Item label={t('queue.deadline')}>{t('workflow.limit', { n: w.limitDays, date: w.receivedOn })}</Descriptions.Item>
              )}
              {w.pauses.length > 0 && (
                <Descriptions.Item label={t('workflow.pauses')}>
                  {w.pauses
                    .map((p) => (p.to ? t('workflow.pauseClosed', { from: p.from, to: p.to }) : t('workflow.pauseOpen', { from: p.from })))
                    .join('；')}
                </Descriptions.Item>
              )}
              {w.opinionIssuedOn && <Descriptions.Item label={t('workflow.opinionIssuedOn')}>{w.opinionIssuedOn}</Descriptions.Item>}
              {w.closedOn && <Descriptions.Item label={t('workflow.closedOn')}>{w.closedOn}</Descriptions.Item>}
            </Descriptions>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              <strong>{t('workflow.ruleLabel')}</strong>
              <span data-testid="deadline-rule">{ruleText(locale, w.rule)}</span>
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
      <Card title={t('workflow.history')} size="small">
        {w.history.length === 0 ? (
          <Typography.Text type="secondary">{t('workflow.noHistory')}</Typography.Text>
        ) : (
          <Timeline
            items={w.history.map((h) => ({
              color: h.to === 'returned' || h.to === 'withdrawn' ? 'red' : h.to === 'closed' ? 'green' : 'blue',
              children: (
                <div>
                  <div>{t('workflow.historyItem', { date: h.effectiveOn, from: labels.status(h.from), to: labels.status(h.to) })}</div>
                  {h.reason && <Typography.Text>{h.reason}</Typography.Text>}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('workflow.by', { actor: h.actorName, at: clock.dateTime(h.at) })}
                    </Typography.Text>
                  </div>
                </div>
              ),
            }))}
          />
        )}
      </Card>
      {can('feedback.list') && <FeedbackPanel matterId={matter.id} receivedOn={matter.receivedOn} />}
      <MoveDialog request={request} pending={move.isPending} onSubmit={(v) => move.mutate(v)} onCancel={() => setRequest(null)} />
    </Space>
  );
}
