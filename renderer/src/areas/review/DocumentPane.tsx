import { Alert, Button, Empty, Select, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import type { DocumentSummary, Opinion, OpinionAnchor, StoredFinding } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { anchorFromSelection, anchorMatches } from './anchor-ranges';
import { DocumentBlocks, type Highlight } from './DocumentBlocks';
import { selectionInBlocks } from './dom-selection';
import { useDocument } from './review-data';
import { useKeyedValue } from './use-keyed-value';
import type { DocumentJump } from './workspace-state';

/** Where the document should scroll to (a new nonce scrolls again to the same place). */
export type { DocumentJump };

interface Props {
  documents: DocumentSummary[];
  documentId: number | null;
  onDocumentChange(id: number): void;
  opinions: Opinion[];
  pending: OpinionAnchor | null;
  onPendingChange(anchor: OpinionAnchor | null): void;
  onQuote(anchor: OpinionAnchor): void;
  onMarkClick(opinionId: number): void;
  /** Open pre-check findings are underlined on their ranges; accepted ones show as their opinion. */
  findings: StoredFinding[];
  onFindingClick(findingId: number): void;
  jump: DocumentJump | null;
  locked: boolean;
}

/** The left side of the workspace: the chosen document with its anchored opinions highlighted. */
export function DocumentPane(props: Props) {
  const { t, labels } = useI18n();
  const { documents, documentId, pending, onPendingChange, jump } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const doc = useDocument(documentId);
  const blocks = doc.data?.blocks;
  // Every checklist answer brings a new review object; rebuild highlights only when anchors really change.
  const opinions = useKeyedValue(props.opinions, JSON.stringify(props.opinions.map((o) => [o.id, o.position, o.severity, o.text, o.anchor])));
  const findings = useKeyedValue(
    props.findings,
    JSON.stringify(props.findings.filter((f) => f.state === 'open').map((f) => [f.id, f.documentId, f.paragraph, f.start, f.end, f.severity, f.message])),
  );
  const highlights = useMemo<Highlight[]>(
    () => [
      ...opinions.flatMap((o) =>
        o.anchor && o.anchor.documentId === documentId && anchorMatches(blocks?.[o.anchor.paragraph]?.text, o.anchor)
          ? [{ kind: 'opinion' as const, id: o.id, paragraph: o.anchor.paragraph, start: o.anchor.start, end: o.anchor.end, severity: o.severity, title: `${o.position}. ${o.text}` }]
          : [],
      ),
      ...findings.flatMap((f) =>
        f.state === 'open' && f.documentId === documentId && anchorMatches(blocks?.[f.paragraph]?.text, { ...f, quote: f.excerpt })
          ? [{ kind: 'finding' as const, id: f.id, paragraph: f.paragraph, start: f.start, end: f.end, severity: f.severity, title: t('findings.markTitle', { severity: labels.severity(f.severity), message: f.message }) }]
          : [],
      ),
    ],
    [opinions, findings, documentId, blocks, t, labels],
  );

  useEffect(() => {
    if (!jump || jump.documentId !== documentId || !blocks) return;
    const el = rootRef.current?.querySelector<HTMLElement>(`[data-b="${jump.paragraph}"]`);
    if (!el) return;
    const { target } = jump;
    const parts = target ? [...el.querySelectorAll<HTMLElement>(`[data-${target.kind === 'opinion' ? 'op' : 'finding'}~="${target.id}"]`)] : [];
    const flashed = parts.length > 0 ? parts : [el];
    flashed[0]!.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const part of flashed) part.classList.add('rd-flash');
    const unflash = () => flashed.forEach((part) => part.classList.remove('rd-flash'));
    const timer = window.setTimeout(unflash, 1600);
    return () => {
      window.clearTimeout(timer);
      unflash();
    };
  }, [jump, documentId, blocks]);

  const capture = () => {
    if (!rootRef.current || !blocks || documentId === null) return;
    const sel = selectionInBlocks(rootRef.current);
    const text = sel ? blocks[sel.paragraph]?.text : undefined;
    const anchor = sel && text !== undefined ? anchorFromSelection(text, sel) : null;
    onPendingChange(anchor ? { documentId, ...anchor } : null);
  };

  if (documents.length === 0) {
    return <Empty description={t('review.doc.none')} />;
  }
  const docLabel = (d: DocumentSummary) =>
    t('review.doc.option', { role: t(`review.role.${d.role}` as const), version: d.version, name: d.fileName });
  return (
    <div className="rd-doc-pane">
      <div className="rd-doc-bar">
        <Space wrap style={{ width: '100%' }}>
          <Select
            aria-label={t('review.doc.choose')}
            style={{ minWidth: 260 }}
            value={documentId ?? undefined}
            onChange={props.onDocumentChange}
            options={documents.map((d) => ({ value: d.id, label: docLabel(d) }))}
          />
          {pending ? (
            <>
              <Typography.Text className="rd-pending" ellipsis={{ tooltip: pending.quote }} style={{ maxWidth: 260 }}>
                {t('review.doc.selected', { n: pending.paragraph + 1, quote: pending.quote })}
              </Typography.Text>
              <Button type="primary" size="small" disabled={props.locked} onClick={() => props.onQuote(pending)}>
                {t('review.doc.quote')}
              </Button>
            </>
          ) : (
            <Typography.Text type="secondary">{t('review.doc.hint')}</Typography.Text>
          )}
        </Space>
      </div>
      {doc.error && <Alert type="error" title={t('error.load', { message: doc.error.message })} />}
      {doc.isLoading && <Skeleton active paragraph={{ rows: 12 }} />}
      {blocks && blocks.length === 0 && <Empty description={t('review.doc.noText')} />}
      <div ref={rootRef} className="rd-doc" data-testid="review-document" onMouseUp={capture} onKeyUp={capture}>
        {blocks && <DocumentBlocks blocks={blocks} highlights={highlights} onMarkClick={props.onMarkClick} onFindingClick={props.onFindingClick} />}
      </div>
    </div>
  );
}
