import { Button, Input, Space, Tag, Tooltip, Typography } from 'antd';
import { memo, useEffect, useState } from 'react';
import type { AnswerStatus, ChecklistAnswer } from '../../../../shared/contract/index';
import type { ChecklistItem, LegalBasisEntry } from '../../../../shared/domain/checklist';
import { useI18n } from '../../i18n';
import { basisCitation, CERTAINTY_COLOR, checklistLabels } from './checklist-labels';

export const STATUS_ORDER: AnswerStatus[] = ['pass', 'problem', 'not-applicable'];
const STATUS_COLOR = { pass: 'green', problem: 'danger', 'not-applicable': 'default' } as const;

interface Props {
  item: ChecklistItem;
  index: number;
  answer: ChecklistAnswer | undefined;
  focused: boolean;
  locked: boolean;
  opinionCount: number;
  basisById: Map<string, LegalBasisEntry>;
  register(id: string, el: HTMLDivElement | null): void;
  onFocus(index: number): void;
  onStatus(item: ChecklistItem, status: AnswerStatus): void;
  onNote(item: ChecklistItem, status: AnswerStatus, note: string | null): void;
  onDraft(item: ChecklistItem): void;
}

/** One checklist item: question, marks, basis, guidance on demand, status, note and the opinion button. */
export const ChecklistItemCard = memo(function ChecklistItemCard(props: Props) {
  const { item, index, answer, focused, locked } = props;
  const { t, locale } = useI18n();
  const marks = checklistLabels(locale);
  const [guidanceOpen, setGuidanceOpen] = useState(false);
  const status = answer?.status;
  return (
    <div
      ref={(el) => props.register(item.id, el)}
      role="group"
      aria-label={`${item.id} ${item.question}`}
      aria-current={focused ? 'true' : undefined}
      tabIndex={focused ? 0 : -1}
      data-item={item.id}
      data-status={status ?? 'open'}
      className={`rd-item${focused ? ' rd-item-focused' : ''}${status ? ` rd-item-${status}` : ''}`}
      onFocus={() => props.onFocus(index)}
    >
      <div className="rd-item-head">
        <Tag>{item.id}</Tag>
        {item.required && <Tag color="red">{t('review.item.required')}</Tag>}
        <Tooltip title={t(`review.certainty.${item.certainty}` as const)}>
          <Tag color={CERTAINTY_COLOR[item.certainty]}>{marks.certainty(item.certainty)}</Tag>
        </Tooltip>
        <Typography.Text strong>{item.question}</Typography.Text>
      </div>
      {item.basis.length > 0 && (
        <div className="rd-item-basis">
          <Typography.Text type="secondary">{t('review.item.basis')}</Typography.Text>
          {item.basis.map((id) => {
            const entry = props.basisById.get(id);
            if (!entry) return <Tag key={id}>{id}</Tag>;
            const kind = entry.verbatim ? t('review.basis.verbatim') : t('review.basis.summary');
            return (
              <Tooltip
                key={id}
                title={`${kind}${entry.summary} ${marks.certainty(entry.certainty)}${
                  entry.quote ? `\n${t('statutes.quote', { date: entry.versionDate ?? '' })}${entry.quote}` : entry.outsideSnapshot ? `\n${t('statutes.notInLibrary')}` : ''
                }`}
              >
                <Tag bordered={false} color="blue">
                  {basisCitation(entry)}
                </Tag>
              </Tooltip>
            );
          })}
        </div>
      )}
      <Button type="link" size="small" className="rd-item-toggle" aria-expanded={guidanceOpen} onClick={() => setGuidanceOpen((v) => !v)}>
        {guidanceOpen ? t('review.item.hideGuidance') : t('review.item.showGuidance')}
      </Button>
      {guidanceOpen && (
        <div className="rd-item-guidance">
          <Typography.Paragraph style={{ marginBottom: 4 }}>{item.guidance}</Typography.Paragraph>
          {/* The verbatim article beside the paraphrase (issue 18). */}
          {item.basis.map((id) => {
            const entry = props.basisById.get(id);
            if (!entry?.quote && !entry?.outsideSnapshot) return null;
            return (
              <Typography.Paragraph key={id} type="secondary" style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>
                <Typography.Text strong>{basisCitation(entry)}</Typography.Text>{' '}
                {entry.quote ? `${t('statutes.quote', { date: entry.versionDate ?? '' })}${entry.quote}` : t('statutes.notInLibrary')}
              </Typography.Paragraph>
            );
          })}
          {item.note && <Typography.Text type="secondary">{item.note}</Typography.Text>}
        </div>
      )}
      <Space wrap size="small" role="group" aria-label={t('review.item.status')}>
        {STATUS_ORDER.map((s, i) => (
          <Button
            key={s}
            size="small"
            autoInsertSpace={false}
            color={STATUS_COLOR[s]}
            variant={status === s ? 'solid' : 'outlined'}
            aria-pressed={status === s}
            aria-keyshortcuts={String(i + 1)}
            disabled={locked}
            onClick={() => props.onStatus(item, s)}
          >
            {t(`review.status.${s}` as const)}
          </Button>
        ))}
        {status === 'problem' && (
          <Button size="small" type="dashed" disabled={locked} onClick={() => props.onDraft(item)} aria-keyshortcuts="Enter">
            {t('review.item.draft')}
          </Button>
        )}
        {props.opinionCount > 0 && <Tag color="volcano">{props.opinionCount === 1 ? t('review.item.opinionOne') : t('review.item.opinions', { n: props.opinionCount })}</Tag>}
      </Space>
      {status && !(locked && !answer?.note) && (
        <NoteField
          label={t('review.item.note')}
          value={answer?.note ?? null}
          disabled={locked}
          onSave={(note) => props.onNote(item, status, note)}
        />
      )}
    </div>
  );
});

/**
 * The item's note. It keeps its own draft while focused, so a reply arriving for an earlier answer
 * never resets (or re-mounts) the field under the reviewer's fingers; saved on blur.
 */
function NoteField({ label, value, disabled, onSave }: { label: string; value: string | null; disabled: boolean; onSave(note: string | null): void }) {
  const [draft, setDraft] = useState(value ?? '');
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value ?? '');
  }, [value, editing]);
  return (
    <Input.TextArea
      className="rd-item-note"
      aria-label={label}
      placeholder={label}
      autoSize={{ minRows: 1, maxRows: 4 }}
      maxLength={2000}
      disabled={disabled}
      value={draft}
      onFocus={() => setEditing(true)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        setEditing(false);
        const note = draft.trim() || null;
        if (note !== value) onSave(note);
      }}
    />
  );
}
