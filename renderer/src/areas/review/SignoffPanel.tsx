import { Alert, App, Button, Card, Empty, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { Review, Signoff } from '../../../../shared/contract/index';
import { nextPhase, reviewPhase } from '../../../../shared/domain/review-flow';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import type { ReviewActions } from './review-data';
import { useOfficeClock } from '../../office-clock';

type Dialog = 'override' | 'approve' | 'return' | null;

const ACTION_COLOR: Record<Signoff['action'], string> = { submit: 'blue', approve: 'green', return: 'red' };

/**
 * Two-person review: the reviewer submits (with a reason when required items are still open), the
 * approver approves or returns with comments; every step is listed. The signer is always the signed-in
 * account, and the approver must be another account than the one that submitted (the server refuses
 * it too; here the buttons say why they are disabled).
 */
export function SignoffPanel({ review, actions }: { review: Review; actions: ReviewActions }) {
  const { t } = useI18n();
  const clock = useOfficeClock();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [comment, setComment] = useState('');
  const open = (d: Dialog) => {
    setComment('');
    setDialog(d);
  };
  const close = () => setDialog(null);
  const { me, can } = useSession();
  // Which steps the review flow allows now (the same table the server refuses with), and which the account may take.
  const phase = reviewPhase(review.state);
  const canSubmit = nextPhase(phase, 'submit') !== null && can('review.submit');
  const requiredOpen = review.progress.requiredOpen;
  const lastSubmit = [...review.signoffs].reverse().find((s) => s.action === 'submit');
  const submitted = review.state === 'submitted';
  const mayApprove = nextPhase(phase, 'approve') !== null && can('review.approve');
  const ownSubmission = mayApprove && lastSubmit?.actor === me.login;

  const submit = () => {
    if (!review.result) {
      void message.warning(t('review.signoff.needResult'));
      return;
    }
    if (requiredOpen.length > 0) open('override');
    else actions.submit.mutate({});
  };
  const confirm = () => {
    const text = comment.trim();
    if (dialog === 'override') actions.submit.mutate({ overrideReason: text }, { onSuccess: close });
    else if (dialog === 'approve') actions.approve.mutate({ comment: text || undefined }, { onSuccess: close });
    else if (dialog === 'return') actions.sendBack.mutate({ comment: text }, { onSuccess: close });
  };
  const needsText = dialog === 'override' || dialog === 'return';
  const pending = actions.submit.isPending || actions.approve.isPending || actions.sendBack.isPending;

  return (
    <Card size="small" title={t('review.signoff.title')} extra={<Tag color={stateColor(review.state)}>{t(`review.state.${review.state}` as const)}</Tag>}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {submitted && lastSubmit && (
          <Typography.Text data-testid="submitted-by">{t('review.signoff.submittedBy', { name: lastSubmit.actorName, at: clock.dateTime(lastSubmit.at) })}</Typography.Text>
        )}
        <Space wrap>
          {canSubmit && (
            <Button type="primary" onClick={submit} loading={actions.submit.isPending}>
              {t('review.signoff.submit')}
            </Button>
          )}
          {mayApprove && (
            <>
              <Button type="primary" onClick={() => open('approve')} disabled={ownSubmission}>
                {t('review.signoff.approve')}
              </Button>
              <Button danger onClick={() => open('return')} autoInsertSpace={false} disabled={ownSubmission}>
                {t('review.signoff.return')}
              </Button>
            </>
          )}
        </Space>
        {ownSubmission && <Alert type="warning" showIcon data-testid="self-approval" title={t('review.signoff.ownSubmission')} />}
        {submitted && !can('review.approve') && <Typography.Text type="secondary">{t('review.signoff.waitingForApprover')}</Typography.Text>}
        {review.overrideReason && (
          <Typography.Text type="warning">{t('review.signoff.overrideShown', { reason: review.overrideReason })}</Typography.Text>
        )}
        {review.signoffs.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.signoff.none')} />
        ) : (
          <Timeline
            data-testid="signoff-history"
            items={review.signoffs.map((s) => ({
              key: s.id,
              color: ACTION_COLOR[s.action],
              title: clock.dateTime(s.at),
              content: (
                <>
                  <Typography.Text strong>{t(`review.signoff.action.${s.action}` as const)}</Typography.Text>
                  <Typography.Text type="secondary">{` · ${s.actorName}`}</Typography.Text>
                  {s.comment && <div>{s.comment}</div>}
                </>
              ),
            }))}
          />
        )}
      </Space>
      <Modal
        open={dialog !== null}
        title={dialog ? t(`review.signoff.dialog.${dialog}` as const) : ''}
        okText={dialog ? t(`review.signoff.ok.${dialog}` as const) : ''}
        cancelText={t('review.cancel')}
        okButtonProps={{ disabled: needsText && !comment.trim(), danger: dialog === 'return' }}
        confirmLoading={pending}
        onOk={confirm}
        onCancel={close}
        destroyOnHidden
      >
        {dialog === 'override' && (
          <Typography.Paragraph>{t('review.signoff.overrideIntro', { n: requiredOpen.length, items: requiredOpen.join('、') })}</Typography.Paragraph>
        )}
        <Input.TextArea
          autoFocus
          aria-label={dialog ? t(`review.signoff.label.${dialog}` as const) : ''}
          placeholder={dialog ? t(`review.signoff.label.${dialog}` as const) : ''}
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={dialog === 'override' ? 1000 : 2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Modal>
    </Card>
  );
}

function stateColor(state: Review['state']): string {
  return { open: 'processing', submitted: 'gold', returned: 'red', approved: 'green' }[state];
}
