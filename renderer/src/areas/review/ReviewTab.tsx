import { Alert, App, Button, Result, Skeleton, Tabs } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { AnswerStatus, DocumentSummary, Matter, OpinionAnchor, Review, StoredFinding } from '../../../../shared/contract/index';
import type { ChecklistItem } from '../../../../shared/domain/checklist';
import { answerConflict } from '../../../../shared/domain/checklist-link';
import { reviewPhase, reviewRefusal } from '../../../../shared/domain/review-flow';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { ChecklistPane, orderedItems } from './ChecklistPane';
import { ConclusionCard } from './ConclusionCard';
import { DocumentPane } from './DocumentPane';
import { FindingsPanel } from './FindingsPanel';
import { LockBanner } from './LockBanner';
import { OpinionEditor } from './OpinionEditor';
import { OpinionsPanel } from './OpinionsPanel';
import {
  useBasisLibrary,
  useFindingActions,
  useFindings,
  useReview,
  useReviewActions,
  useReviewDocuments,
  useRuleTitles,
  useStartReview,
  type OpinionFields,
} from './review-data';
import { ShortcutHelp } from './ShortcutHelp';
import { SignoffPanel } from './SignoffPanel';
import { useChecklistKeys } from './use-checklist-keys';
import { useStableCallback } from './use-stable-callback';
import { initialWorkspace, useWorkspaceState, type EditorRequest, type Panel } from './workspace-state';
import './review.css';

/** The document a review starts on: the newest 送审稿, else the newest file. */
function defaultDocument(docs: DocumentSummary[]): number | null {
  const newest = (list: DocumentSummary[]) => [...list].sort((a, b) => b.version - a.version || b.id - a.id)[0];
  return (newest(docs.filter((d) => d.role === 'submitted')) ?? newest(docs))?.id ?? null;
}

/** The 审查 tab of a matter: document on the left, checklist / opinions / sign-off on the right. */
export function ReviewTab({ matter }: { matter: Matter }) {
  const { t } = useI18n();
  const review = useReview(matter.id);
  const docs = useReviewDocuments(matter.id);
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
  // The review flow (shared with the core) says whether the review can change; a viewer (or a liaison)
  // reads it with the controls disabled, as when it is locked.
  const can = useCan();
  const readOnly = !can('review.answer');
  const editRefusal = reviewRefusal(reviewPhase(review.state), 'edit');
  const locked = readOnly || editRefusal !== null;
  const lockedMessage = readOnly ? t('review.locked.readOnly') : editRefusal?.phase === 'approved' ? t('review.locked.approved') : t('review.locked.submitted');

  // Start where the work is: the first unanswered item, on the newest 送审稿.
  const { state, send, latest } = useWorkspaceState(() =>
    initialWorkspace(Math.max(0, items.findIndex((i) => !review.answers.some((a) => a.itemId === i.id))), defaultDocument(documents)),
  );
  const { panel, focused, editor, pending, documentId } = state;
  const editing = state.mode === 'editing';
  const findings = useFindings(matter.id, documentId);
  const findingActions = useFindingActions(matter.id);
  const ruleTitles = useRuleTitles();
  const openFindings = (findings.data ?? []).filter((f) => f.state === 'open').length;
  const itemEls = useRef(new Map<string, HTMLDivElement>());

  const register = useCallback((id: string, el: HTMLDivElement | null) => {
    if (el) itemEls.current.set(id, el);
    else itemEls.current.delete(id);
  }, []);
  const focusItem = useCallback(
    (index: number) => {
      const item = items[index];
      if (!item) return;
      send({ type: 'focus', index });
      const el = itemEls.current.get(item.id);
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block: 'nearest' });
    },
    [items, send],
  );
  // Keyboard focus goes back to the checklist whenever it shows again (opened, tab chosen, editor closed).
  const checklistShown = panel === 'checklist' && !editing;
  useEffect(() => {
    if (checklistShown) focusItem(latest.current.focused);
  }, [checklistShown, focusItem, latest]);

  const refuseLocked = () => void message.info(lockedMessage);
  const openEditor = (request: Omit<EditorRequest, 'nonce'>) => {
    if (locked) return refuseLocked();
    send({ type: 'open-editor', request });
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
  // Stable handlers: the checklist cards and the document's blocks are memoised and must not re-render on every answer.
  const onStatus = useStableCallback((item: ChecklistItem, status: AnswerStatus) => answerChecked(item, status));
  const onNote = useStableCallback((item: ChecklistItem, status: AnswerStatus, note: string | null) => answerChecked(item, status, note));
  const onDraft = useStableCallback((item: ChecklistItem) => openEditor({ item }));
  const onFocus = useCallback((index: number) => send({ type: 'focus', index }), [send]);

  useChecklistKeys({
    enabled: checklistShown,
    move: (delta) => focusItem(Math.max(0, Math.min(items.length - 1, latest.current.focused + delta))),
    setStatus: (status) => {
      const item = items[latest.current.focused];
      if (!item) return;
      if (locked) return refuseLocked();
      answerChecked(item, status);
    },
    openEditor: () => {
      const item = items[latest.current.focused];
      if (item) openEditor({ item });
    },
    toggleHelp: () => send({ type: 'help', open: !latest.current.helpOpen }),
  });

  const quote = (anchor: OpinionAnchor) => {
    const item = items[focused];
    const problem = item && review.answers.some((a) => a.itemId === item.id && a.status === 'problem');
    openEditor({ anchor, item: problem ? item : null });
  };
  const jumpTo = (anchor: OpinionAnchor) => send({ type: 'jump', documentId: anchor.documentId, paragraph: anchor.paragraph });
  const showOpinion = useCallback((id: number) => send({ type: 'show-opinion', id }), [send]);
  const showFinding = useCallback((id: number) => send({ type: 'show-finding', id }), [send]);
  // An open finding flashes its own underline; an accepted one its opinion's highlight.
  const jumpToFinding = (f: StoredFinding) => {
    const target = f.state === 'open' ? { kind: 'finding' as const, id: f.id } : f.opinionId ? { kind: 'opinion' as const, id: f.opinionId } : undefined;
    send({ type: 'jump', documentId: f.documentId, paragraph: f.paragraph, target });
  };
  const save = (fields: OpinionFields, id?: number) =>
    actions.saveOpinion.mutate(
      { id, fields },
      {
        onSuccess: ({ opinions: [saved] }) => {
          if (!saved) return;
          send({ type: 'opinion-saved', id: saved.id, anchored: fields.anchor !== null });
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
          onDocumentChange={(id) => send({ type: 'show-document', documentId: id })}
          opinions={review.opinions}
          pending={pending}
          onPendingChange={(anchor) => send({ type: 'select', anchor })}
          onQuote={quote}
          onMarkClick={showOpinion}
          findings={findings.data ?? []}
          onFindingClick={showFinding}
          jump={state.jump}
          // While an opinion is being written, a new selection is taken into it from the editor's own button.
          locked={locked || editing}
        />
        <div className="rd-side">
          {editor && (
            <OpinionEditor
              request={editor}
              matterType={matter.type}
              items={items}
              basisById={basisById}
              pending={pending}
              saving={actions.saveOpinion.isPending}
              onSave={save}
              onClose={() => send({ type: 'close-editor' })}
            />
          )}
          {/* Hidden, not unmounted, while the editor is open: the checklist keeps its place. */}
          <Tabs
            className={editing ? 'rd-hidden' : undefined}
            activeKey={panel}
            onChange={(k) => send({ type: 'panel', panel: k as Panel })}
            tabBarExtraContent={<ShortcutHelp open={state.helpOpen} onOpenChange={(open) => send({ type: 'help', open })} />}
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
                      onFocus={onFocus}
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
                      active={state.activeFinding}
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
                      activeId={state.activeOpinion}
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
    </div>
  );
}
