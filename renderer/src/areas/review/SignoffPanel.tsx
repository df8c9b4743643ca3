import { App, Button, Card, Empty, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Review, Signoff } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import type { ReviewActions } from './review-queries';

type Dialog = 'override' | 'approve' | 'return' | null;

const ACTION_COLOR: Record<Signoff['action'], string> = { submit: 'blue', approve: 'green', return: 'red' };

/**
 * Two-person review: the reviewer submits (with a reason when required items are still open), the
 * approver approves or returns with comments; every step is listed.
 */
export function SignoffPanel({ review, actions }: { review: Review; actions: ReviewActions }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [comment, setComment] = useState('');
  const open = (d: Dialog) => {
    setComment('');
    setDialog(d);
  };
  const close = () => setDialog(null);
  const canSubmit = review.state === 'open' || review.state === 'returned';
  const requiredOpen = review.progress.requiredOpen;

  const [reviewer, setReviewer] = useRememberedName('reviewer');
  const [approver, setApprover] = useRememberedName('approver');

  const submit = () => {
    if (!review.result) {
      void message.warning(t('review.signoff.needResult'));
      return;
    }
    if (requiredOpen.length > 0) open('override');
    else actions.submit.mutate({ signer: reviewer.trim() || undefined });
  };
  const confirm = () => {
    const text = comment.trim();
    const signer = (dialog === 'override' ? reviewer : approver).trim() || undefined;
    if (dialog === 'override') actions.submit.mutate({ overrideReason: text, signer }, { onSuccess: close });
    else if (dialog === 'approve') actions.approve.mutate({ comment: text || undefined, signer }, { onSuccess: close });
    else if (dialog === 'return') actions.sendBack.mutate({ comment: text, signer }, { onSuccess: close });
  };
  const needsText = dialog === 'override' || dialog === 'return';
  const pending = actions.submit.isPending || actions.approve.isPending || actions.sendBack.isPending;

  return (
    <Card size="small" title={t('review.signoff.title')} extra={<Tag color={stateColor(review.state)}>{t(`review.state.${review.state}` as const)}</Tag>}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Input
            addonBefore={t('review.signoff.reviewerName')}
            aria-label={t('review.signoff.reviewerName')}
            placeholder={t('review.signoff.namePlaceholder')}
            value={reviewer}
            onChange={(e) => setReviewer(e.target.value)}
            maxLength={32}
            disabled={!canSubmit}
            style={{ width: 220 }}
          />
          <Input
            addonBefore={t('review.signoff.approverName')}
            aria-label={t('review.signoff.approverName')}
            placeholder={t('review.signoff.namePlaceholder')}
            value={approver}
            onChange={(e) => setApprover(e.target.value)}
            maxLength={32}
            disabled={review.state !== 'submitted'}
            style={{ width: 220 }}
          />
        </Space>
        <Typography.Text type="secondary">{t('review.signoff.namesHint')}</Typography.Text>
        <Space wrap>
          {canSubmit && (
            <Button type="primary" onClick={submit} loading={actions.submit.isPending}>
              {t('review.signoff.submit')}
            </Button>
          )}
          {review.state === 'submitted' && (
            <>
              <Button type="primary" onClick={() => open('approve')}>
                {t('review.signoff.approve')}
              </Button>
              <Button danger onClick={() => open('return')} autoInsertSpace={false}>
                {t('review.signoff.return')}
              </Button>
            </>
          )}
        </Space>
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
              title: dayjs(s.at).format('YYYY-MM-DD HH:mm'),
              content: (
                <>
                  <Typography.Text strong>{t(`review.signoff.action.${s.action}` as const)}</Typography.Text>
                  <Typography.Text type="secondary">{` · ${s.actor}`}</Typography.Text>
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

/** A sign-off name, remembered on this computer so the same people need not type it every time. */
function useRememberedName(role: 'reviewer' | 'approver'): [string, (name: string) => void] {
  const key = `review-desk.signer.${role}`;
  const [name, setName] = useState(() => globalThis.localStorage?.getItem(key) ?? '');
  return [
    name,
    (next: string) => {
      globalThis.localStorage?.setItem(key, next);
      setName(next);
    },
  ];
}

function stateColor(state: Review['state']): string {
  return { open: 'processing', submitted: 'gold', returned: 'red', approved: 'green' }[state];
}
