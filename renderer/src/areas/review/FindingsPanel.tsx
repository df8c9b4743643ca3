import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Collapse, Empty, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Opinion, StoredFinding } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { FindingCard } from './FindingCard';
import { FindingDialogs, type FindingDialog } from './FindingDialogs';
import { RulesGuide } from './RulesGuide';
import type { FindingActions } from './review-data';
import { groupFindings, neighbourAfterRemoval } from './findings-view';

interface Props {
  documentId: number | null;
  findings: StoredFinding[] | undefined;
  loadError: Error | null;
  opinions: Opinion[];
  ruleTitles: Map<string, string>;
  actions: FindingActions;
  /** Why nothing can be changed (review submitted or approved), or null. */
  lockedReason: string | null;
  /** A finding clicked in the document: focus and show it (a new nonce does it again). */
  active: { id: number; nonce: number } | null;
  onJump(f: StoredFinding): void;
  onShowOpinion(opinionId: number): void;
}

/** Keys typed into a field are text; only keys on the cards themselves are shortcuts. */
function typing(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select, [role="textbox"], [role="combobox"], .ant-modal-wrap') !== null)
  );
}

/**
 * The 预检问题 panel: the current document's open findings grouped by severity, each to accept (it
 * becomes an anchored opinion) or dismiss with a reason; handled ones folded below. While the list
 * has focus, ↑/↓ move, a accepts and d opens the dismiss dialog.
 */
export function FindingsPanel(props: Props) {
  const { findings, actions, lockedReason, active } = props;
  const { t, labels } = useI18n();
  const { message } = App.useApp();
  const groups = useMemo(() => groupFindings(findings ?? []), [findings]);
  const positions = useMemo(() => new Map(props.opinions.map((o) => [o.id, o.position])), [props.opinions]);
  const cards = useRef(new Map<number, HTMLDivElement>());
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const [refocus, setRefocus] = useState<number | null>(null);
  const [dialog, setDialog] = useState<FindingDialog | null>(null);
  const locked = lockedReason !== null;

  const register = (id: number, el: HTMLDivElement | null) => {
    if (el) cards.current.set(id, el);
    else cards.current.delete(id);
  };
  const focusCard = (id: number | null) => {
    if (id === null) return;
    setFocusedId(id);
    const el = cards.current.get(id);
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: 'nearest' });
  };
  // After an accept/dismiss the card leaves the open list: the keyboard goes on with its neighbour.
  useEffect(() => {
    if (refocus === null || !cards.current.has(refocus)) return;
    focusCard(refocus);
    setRefocus(null);
  }, [refocus, groups]);
  useEffect(() => {
    if (!active) return;
    setFocusedId(active.id);
    const el = cards.current.get(active.id);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el?.focus({ preventScroll: true });
  }, [active]);

  const refuse = () => lockedReason !== null && void message.info(lockedReason);
  const accept = (f: StoredFinding, text?: string) => {
    if (locked) return refuse();
    const next = neighbourAfterRemoval(groups.order, f.id);
    actions.accept.mutate(
      { id: f.id, text },
      {
        onSuccess: ({ opinions: [opinion] }) => {
          setDialog(null);
          setRefocus(next);
          void message.success(t('findings.accepted', { n: opinion!.position }));
        },
      },
    );
  };
  const dismiss = (f: StoredFinding, reason: string) => {
    const next = neighbourAfterRemoval(groups.order, f.id);
    actions.dismiss.mutate(
      { id: f.id, reason },
      {
        onSuccess: () => {
          setDialog(null);
          setRefocus(next);
          void message.success(t('findings.dismissed'));
        },
      },
    );
  };
  const openDialog = (kind: FindingDialog['kind'], finding: StoredFinding) => (locked ? refuse() : setDialog({ kind, finding }));
  const rerun = () => {
    if (props.documentId === null) return;
    actions.rerun.mutate(props.documentId, {
      onSuccess: (list) => void message.success(t('findings.rerunDone', { n: list.filter((f) => f.state === 'open').length })),
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.nativeEvent.isComposing || typing(e.target)) return;
    const order = groups.order;
    const index = order.findIndex((f) => f.id === focusedId);
    const current = order[index];
    let handled = true;
    if (e.key === 'ArrowDown' || e.key === 'j') focusCard(order[Math.min(order.length - 1, index + 1)]?.id ?? null);
    else if (e.key === 'ArrowUp' || e.key === 'k') focusCard(order[Math.max(0, index - 1)]?.id ?? null);
    else if (e.key === 'a' && current) accept(current);
    else if (e.key === 'd' && current) openDialog('dismiss', current);
    else handled = false;
    if (handled) e.preventDefault();
  };

  const card = (f: StoredFinding) => (
    <FindingCard
      key={f.id}
      finding={f}
      ruleTitle={props.ruleTitles.get(f.rule) ?? f.rule}
      locked={locked}
      busy={actions.accept.isPending && actions.accept.variables?.id === f.id}
      focused={f.id === focusedId && f.state === 'open'}
      opinionPosition={f.opinionId === null ? null : (positions.get(f.opinionId) ?? null)}
      register={register}
      onFocus={setFocusedId}
      onJump={props.onJump}
      onAccept={(x) => accept(x)}
      onAcceptEdit={(x) => openDialog('accept', x)}
      onDismiss={(x) => openDialog('dismiss', x)}
      onShowOpinion={props.onShowOpinion}
    />
  );

  return (
    <div className="rd-findings" data-rd-own-keys>
      <div className="rd-findings-head">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('findings.intro')}
          </Typography.Text>
          <Button
            size="small"
            icon={<ReloadOutlined />}
            disabled={locked || props.documentId === null}
            loading={actions.rerun.isPending}
            onClick={rerun}
          >
            {t('findings.rerun')}
          </Button>
        </Space>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid="findings-remembered">
          {t('findings.remembered')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('findings.keysHint')}
        </Typography.Text>
        <RulesGuide />
      </div>
      {lockedReason !== null && <Alert type="info" showIcon title={lockedReason} style={{ marginBottom: 8 }} />}
      {props.loadError && <Alert type="error" title={t('error.load', { message: props.loadError.message })} />}
      {props.documentId === null ? (
        <Empty description={t('findings.noDocument')} />
      ) : !findings ? (
        !props.loadError && <Skeleton active />
      ) : findings.length === 0 ? (
        <Empty description={t('findings.none')} />
      ) : (
        <>
          {groups.order.length === 0 && <Empty description={t('findings.allHandled')} />}
          <div role="list" aria-label={t('findings.list')} className="rd-findings-list" onKeyDown={onKeyDown}>
            {groups.open.map((g) => (
              <section key={g.severity} aria-label={labels.severity(g.severity)} data-severity={g.severity}>
                <Typography.Title level={5} className="rd-dimension-title">
                  {t('findings.group', { severity: labels.severity(g.severity), n: g.findings.length })}
                </Typography.Title>
                {g.findings.map(card)}
              </section>
            ))}
          </div>
          {groups.handled.length > 0 && (
            <Collapse
              size="small"
              style={{ marginTop: 12 }}
              items={[
                {
                  key: 'handled',
                  label: t('findings.handled', { n: groups.handled.length }),
                  children: <div role="list">{groups.handled.map(card)}</div>,
                },
              ]}
            />
          )}
        </>
      )}
      <FindingDialogs
        dialog={dialog}
        pending={actions.accept.isPending || actions.dismiss.isPending}
        onAccept={(f, text) => accept(f, text)}
        onDismiss={dismiss}
        onClose={() => setDialog(null)}
      />
    </div>
  );
}
