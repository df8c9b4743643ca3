import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Result, Skeleton, Tabs } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnswerStatus, DocumentSummary, Matter, Opinion, OpinionAnchor, Review, StoredFinding } from '../../../../shared/contract/index';
import type { ChecklistItem } from '../../../../shared/domain/checklist';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { ChecklistPane, orderedItems } from './ChecklistPane';
import { ConclusionCard } from './ConclusionCard';
import { DocumentPane, type DocumentJump } from './DocumentPane';
import { FindingsPanel } from './FindingsPanel';
import { useFindingActions, useFindings, useRuleTitles } from './findings-queries';
import { OpinionEditor, type EditorRequest } from './OpinionEditor';
import { OpinionsPanel } from './OpinionsPanel';
import { useBasisLibrary, useReview, useReviewActions, useStartReview } from './review-queries';
import { answerConflict } from '../../../../shared/domain/checklist-link';
import { ShortcutHelp } from './ShortcutHelp';
import { SignoffPanel } from './SignoffPanel';
import { useChecklistKeys } from './use-checklist-keys';
import './review.css';

type Panel = 'checklist' | 'findings' | 'opinions' | 'signoff';

/** The document a review starts on: the newest 送审稿, else the newest file. */
function defaultDocument(docs: DocumentSummary[]): number | null {
  const newest = (list: DocumentSummary[]) => [...list].sort((a, b) => b.version - a.version || b.id - a.id)[0];
  return (newest(docs.filter((d) => d.role === 'submitted')) ?? newest(docs))?.id ?? null;
}

/** The 审查 tab of a matter: document on the left, checklist / opinions / sign-off on the right. */
export function ReviewTab({ matter }: { matter: Matter }) {
  const { t } = useI18n();
  const review = useReview(matter.id);
  const docs = useQuery({ queryKey: ['review.documents', matter.id], queryFn: () => call('documents.list', { matterId: matter.id }) });
  const start = useStartReview(matter.id);
  const can = useCan();
  if (review.error) return <Alert type="error" title={t('error.load', { message: review.error.message })} />;
  if (docs.error) return <Alert type="error" title={t('error.load', { message: docs.error.message })} />;
  if (review.data === undefined || !docs.data) return <Skeleton active />;
  if (review.data === null) {
    // Opening the tab writes nothing: the review starts when the reviewer says so (issue 20).
    return (
      <Result
        status="info"
        title={t('review.notStarted')}
        subTitle={t('review.notStarted.hint')}
        extra={
          can('review.start') ? (
            <Button type="primary" loading={start.isPending} onClick={() => start.mutate()} data-testid="start-review">
              {t('review.start')}
            </Button>
          ) : null
        }
      />
    );
  }
  return <Workspace matter={matter} review={review.data} documents={docs.data.items} />;
}

function Workspace({ matter, review, documents }: { matter: Matter; review: Review; documents: DocumentSummary[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const actions = useReviewActions(matter.id);
  const { byId: basisById } = useBasisLibrary();
  const items = useMemo(() => orderedItems(review.template.items), [review.template.items]);
  // A viewer (or a liaison) reads the review; the controls stay disabled as when it is locked.
  const can = useCan();
  const readOnly = !can('review.answer');
  const locked = readOnly || review.state === 'submitted' || review.state === 'approved';
  const lockedMessage = readOnly ? t('review.locked.readOnly') : review.state === 'approved' ? t('review.locked.approved') : t('review.locked.submitted');

  const [panel, setPanel] = useState<Panel>('checklist');
  const [focused, setFocused] = useState(() => Math.max(0, items.findIndex((i) => !review.answers.some((a) => a.itemId === i.id))));
  // Keys can arrive faster than React renders on a slow PC: the keyboard reads the index from this ref,
  // set at once on every move, so ↓ 1 ↓ 1 never answers the same item twice.
  const focusedRef = useRef(focused);
  const [editor, setEditor] = useState<EditorRequest | null>(null);
  const [pending, setPending] = useState<OpinionAnchor | null>(null);
  const [documentId, setDocumentId] = useState<number | null>(() => defaultDocument(documents));
  const [jump, setJump] = useState<DocumentJump | null>(null);
  const [activeOpinion, setActiveOpinion] = useState<number | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [activeFinding, setActiveFinding] = useState<{ id: number; nonce: number } | null>(null);
  const findings = useFindings(matter.id, documentId);
  const findingActions = useFindingActions(matter.id, documentId);
  const ruleTitles = useRuleTitles();
  const openFindings = (findings.data ?? []).filter((f) => f.state === 'open').length;
  const itemEls = useRef(new Map<string, HTMLDivElement>());
  const nonce = useRef(0);

  const register = useCallback((id: string, el: HTMLDivElement | null) => {
    if (el) itemEls.current.set(id, el);
    else itemEls.current.delete(id);
  }, []);
  const focusItem = useCallback(
    (index: number) => {
      const item = items[index];
      if (!item) return;
      focusedRef.current = index;
      setFocused(index);
      const el = itemEls.current.get(item.id);
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block: 'nearest' });
    },
    [items],
  );
  // Start where the work is: the first unanswered item has focus when the workspace opens.
  useEffect(() => {
    if (panel === 'checklist') focusItem(focused);
  }, [panel]); // only when the checklist (re)appears, not on every move

  const refuseLocked = () => void message.info(lockedMessage);
  const openEditor = (request: Omit<EditorRequest, 'nonce'>) => {
    if (locked) return refuseLocked();
    setEditor({ ...request, nonce: ++nonce.current });
  };
  // 有问题 without an opinion or a note opens the opinion editor for the item instead of a refusal; 通过
  // on an item with a 必须修改 opinion is refused here with the server's reason (issue 20).
  const answerChecked = (item: ChecklistItem, status: AnswerStatus, note?: string | null) => {
    const kept = note !== undefined ? note : (review.answers.find((a) => a.itemId === item.id)?.note ?? null);
    const conflict = answerConflict(review.opinions, item.id, status, kept);
    if (conflict === 'needs-opinion') {
      void message.info(t('review.problemNeedsOpinion'));
      return openEditor({ item });
    }
    if (conflict === 'pass-with-must') return void message.warning(t('review.passWithMust'));
    actions.answer(item.id, status, note);
  };
  const onStatus = (item: ChecklistItem, status: AnswerStatus) => answerChecked(item, status);
  const onNote = (item: ChecklistItem, status: AnswerStatus, note: string | null) => answerChecked(item, status, note);
  const onDraft = (item: ChecklistItem) => openEditor({ item });

  useChecklistKeys({
    enabled: panel === 'checklist' && editor === null,
    move: (delta) => focusItem(Math.max(0, Math.min(items.length - 1, focusedRef.current + delta))),
    setStatus: (status) => {
      const item = items[focusedRef.current];
      if (!item) return;
      if (locked) return refuseLocked();
      answerChecked(item, status);
    },
    openEditor: () => {
      const item = items[focusedRef.current];
      if (item) openEditor({ item });
    },
    toggleHelp: () => setHelpOpen((v) => !v),
  });

  const quote = (anchor: OpinionAnchor) => {
    const item = items[focused];
    const problem = item && review.answers.some((a) => a.itemId === item.id && a.status === 'problem');
    openEditor({ anchor, item: problem ? item : null });
  };
  const jumpTo = (anchor: OpinionAnchor) => {
    setDocumentId(anchor.documentId);
    setJump({ documentId: anchor.documentId, paragraph: anchor.paragraph, nonce: ++nonce.current });
  };
  const showOpinion = (id: number) => {
    setActiveOpinion(id);
    setPanel('opinions');
  };
  const showFinding = (id: number) => {
    setActiveFinding({ id, nonce: ++nonce.current });
    setPanel('findings');
  };
  // An open finding flashes its own underline; an accepted one its opinion's highlight.
  const jumpToFinding = (f: StoredFinding) => {
    setDocumentId(f.documentId);
    const target = f.state === 'open' ? { kind: 'finding' as const, id: f.id } : f.opinionId ? { kind: 'opinion' as const, id: f.opinionId } : undefined;
    setJump({ documentId: f.documentId, paragraph: f.paragraph, target, nonce: ++nonce.current });
  };
  const save = (fields: Parameters<typeof actions.saveOpinion.mutate>[0]['fields'], id?: number) =>
    actions.saveOpinion.mutate(
      { id, fields },
      {
        onSuccess: (saved: Opinion) => {
          setEditor(null);
          if (fields.anchor) setPending(null);
          setActiveOpinion(saved.id);
          void message.success(id ? t('review.opinion.updated') : t('review.opinion.added', { n: saved.position }));
        },
      },
    );

  return (
    <div className="rd-workspace">
      {readOnly && <Alert type="info" showIcon title={t('review.locked.readOnly')} />}
      <LockBanner review={review} />
      <div className="rd-columns">
        <DocumentPane
          documents={documents}
          documentId={documentId}
          onDocumentChange={setDocumentId}
          opinions={review.opinions}
          pending={pending}
          onPendingChange={setPending}
          onQuote={quote}
          onMarkClick={showOpinion}
          findings={findings.data ?? []}
          onFindingClick={showFinding}
          jump={jump}
          locked={locked}
        />
        <div className="rd-side">
          <Tabs
            activeKey={panel}
            onChange={(k) => setPanel(k as Panel)}
            tabBarExtraContent={<ShortcutHelp open={helpOpen} onOpenChange={setHelpOpen} />}
            items={[
              {
                key: 'checklist',
                label: t('review.tab.checklist'),
                children: (
                  <div className="rd-scroll">
                    <ChecklistPane
                      review={review}
                      items={items}
                      focused={focused}
                      locked={locked}
                      basisById={basisById}
                      register={register}
                      onFocus={(index) => {
                        focusedRef.current = index;
                        setFocused(index);
                      }}
                      onStatus={onStatus}
                      onNote={onNote}
                      onDraft={onDraft}
                    />
                  </div>
                ),
              },
              {
                key: 'findings',
                label: openFindings > 0 ? t('findings.tabCount', { n: openFindings }) : t('findings.tab'),
                children: (
                  <div className="rd-scroll">
                    <FindingsPanel
                      documentId={documentId}
                      findings={findings.data}
                      loadError={findings.error}
                      opinions={review.opinions}
                      ruleTitles={ruleTitles}
                      actions={findingActions}
                      lockedReason={locked ? lockedMessage : null}
                      active={activeFinding}
                      onJump={jumpToFinding}
                      onShowOpinion={showOpinion}
                    />
                  </div>
                ),
              },
              {
                key: 'opinions',
                label: t('review.tab.opinionsCount', { n: review.opinions.length }),
                children: (
                  <div className="rd-scroll">
                    <OpinionsPanel
                      opinions={review.opinions}
                      locked={locked}
                      actions={actions}
                      activeId={activeOpinion}
                      onNew={() => openEditor({ anchor: pending })}
                      onEdit={(opinion) => openEditor({ opinion })}
                      onJump={jumpTo}
                    />
                  </div>
                ),
              },
              {
                key: 'signoff',
                label: t('review.tab.signoff'),
                children: (
                  <div className="rd-scroll rd-signoff">
                    <ConclusionCard review={review} locked={locked} actions={actions} />
                    <SignoffPanel review={review} actions={actions} />
                  </div>
                ),
              },
            ]}
          />
        </div>
      </div>
      <OpinionEditor
        request={editor}
        matterType={matter.type}
        items={items}
        basisById={basisById}
        pending={pending}
        saving={actions.saveOpinion.isPending}
        onSave={save}
        onClose={() => setEditor(null)}
      />
    </div>
  );
}

/** Why the workspace cannot be edited right now (the server enforces it too). */
function LockBanner({ review }: { review: Review }) {
  const { t } = useI18n();
  if (review.state === 'submitted') return <Alert type="info" showIcon title={t('review.locked.submitted')} />;
  if (review.state === 'approved') return <Alert type="success" showIcon title={t('review.locked.approved')} />;
  if (review.state === 'returned') {
    const last = [...review.signoffs].reverse().find((s) => s.action === 'return');
    return <Alert type="warning" showIcon title={t('review.locked.returned', { comment: last?.comment ?? '' })} />;
  }
  return null;
}
