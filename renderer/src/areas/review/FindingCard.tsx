import { CheckOutlined, CloseOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { SimilarOpinions } from '../search/SimilarOpinions';
import type { StoredFinding } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { basisIsUnverified, FINDING_COLOR } from './findings-view';
import { FindingExcerpt } from './FindingExcerpt';

interface Props {
  finding: StoredFinding;
  ruleTitle: string;
  locked: boolean;
  busy: boolean;
  /** The keyboard's current finding. */
  focused: boolean;
  /** Position of the opinion an accepted finding became, or null when it was deleted since. */
  opinionPosition: number | null;
  register(id: number, el: HTMLDivElement | null): void;
  onFocus(id: number): void;
  onJump(f: StoredFinding): void;
  onAccept(f: StoredFinding): void;
  onAcceptEdit(f: StoredFinding): void;
  onDismiss(f: StoredFinding): void;
  onShowOpinion(opinionId: number): void;
}

/** One pre-check finding: what, where (click the excerpt to see it in the text), why, and a draft opinion. */
export function FindingCard(props: Props) {
  const { finding: f, ruleTitle, locked } = props;
  const { t, labels } = useI18n();
  const open = f.state === 'open';
  return (
    <div
      ref={(el) => props.register(f.id, el)}
      tabIndex={open ? 0 : -1}
      role="listitem"
      aria-label={t('findings.cardAria', { severity: labels.severity(f.severity), title: ruleTitle })}
      aria-keyshortcuts={open ? 'ArrowUp ArrowDown a d' : undefined}
      data-finding-card={f.id}
      data-rule={f.rule}
      data-state={f.state}
      className={`rd-finding-card rd-finding-card-${f.severity}${props.focused ? ' rd-finding-card-focused' : ''}`}
      onFocus={(e) => e.target === e.currentTarget && props.onFocus(f.id)}
    >
      <div className="rd-opinion-head">
        <Tag color={FINDING_COLOR[f.severity]}>{labels.severity(f.severity)}</Tag>
        <Typography.Text strong>{ruleTitle}</Typography.Text>
      </div>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{f.message}</Typography.Paragraph>
      <blockquote className="rd-quote" data-testid="finding-excerpt">
        <Typography.Link onClick={() => props.onJump(f)} title={t('findings.jump')}>
          {t('findings.where', { n: f.paragraph + 1 })}
        </Typography.Link>{' '}
        <span className="rd-finding-excerpt" onClick={() => props.onJump(f)}>
          <FindingExcerpt finding={f} />
        </span>
      </blockquote>
      {open && <Details finding={f} />}
      {open ? (
        <Space size={4} wrap>
          <Button size="small" type="primary" ghost icon={<CheckOutlined />} disabled={locked} loading={props.busy} onClick={() => props.onAccept(f)}>
            {t('findings.accept')}
          </Button>
          <Button size="small" icon={<EditOutlined />} disabled={locked || props.busy} onClick={() => props.onAcceptEdit(f)}>
            {t('findings.acceptEdit')}
          </Button>
          <Button size="small" danger icon={<CloseOutlined />} disabled={locked || props.busy} onClick={() => props.onDismiss(f)}>
            {t('findings.dismiss')}
          </Button>
          <SimilarOpinions findingId={f.id} />
        </Space>
      ) : (
        <Outcome finding={f} opinionPosition={props.opinionPosition} onShowOpinion={props.onShowOpinion} />
      )}
    </div>
  );
}

/** Basis (with a warning when it is not verified statute text) and the suggested opinion. */
function Details({ finding: f }: { finding: StoredFinding }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }} data-testid="finding-basis">
        {t('findings.basis', { basis: f.basis })}
      </Typography.Paragraph>
      {basisIsUnverified(f.basis) && (
        <Typography.Paragraph type="warning" style={{ marginBottom: 4, fontSize: 12 }}>
          <WarningOutlined /> {t('findings.basisUnverified')}
        </Typography.Paragraph>
      )}
      <div className="rd-finding-suggestion">
        <Typography.Text type="secondary">{t('findings.suggestion')}</Typography.Text>
        <Typography.Paragraph style={{ marginBottom: 6, whiteSpace: 'pre-wrap' }}>{f.suggestion}</Typography.Paragraph>
      </div>
    </>
  );
}

function Outcome({
  finding: f,
  opinionPosition,
  onShowOpinion,
}: {
  finding: StoredFinding;
  opinionPosition: number | null;
  onShowOpinion(id: number): void;
}) {
  const { t } = useI18n();
  if (f.state === 'dismissed') {
    return (
      <Typography.Text type="secondary" data-testid="finding-outcome">
        {t('findings.dismissedBecause', { reason: f.dismissReason ?? '' })}
      </Typography.Text>
    );
  }
  if (f.opinionId === null || opinionPosition === null) {
    return (
      <Typography.Text type="secondary" data-testid="finding-outcome">
        {t('findings.acceptedGone')}
      </Typography.Text>
    );
  }
  const opinionId = f.opinionId;
  return (
    <Typography.Link data-testid="finding-outcome" onClick={() => onShowOpinion(opinionId)}>
      {t('findings.acceptedAs', { n: opinionPosition })}
    </Typography.Link>
  );
}
