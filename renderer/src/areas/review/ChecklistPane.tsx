import { Button, Popover, Progress, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { AnswerStatus, Review } from '../../../../shared/contract/index';
import { CHECKLIST_DIMENSIONS, type ChecklistItem, type LegalBasisEntry } from '../../../../shared/domain/checklist';
import { useI18n } from '../../i18n';
import { ChecklistItemCard } from './ChecklistItemCard';
import { checklistLabels } from './checklist-labels';

/** The template's items in the order the workspace shows them: by dimension, then as in the template. */
export function orderedItems(items: ChecklistItem[]): ChecklistItem[] {
  return CHECKLIST_DIMENSIONS.flatMap((d) => items.filter((i) => i.dimension === d));
}

interface Props {
  review: Review;
  items: ChecklistItem[];
  focused: number;
  locked: boolean;
  basisById: Map<string, LegalBasisEntry>;
  register(id: string, el: HTMLDivElement | null): void;
  onFocus(index: number): void;
  onStatus(item: ChecklistItem, status: AnswerStatus): void;
  onNote(item: ChecklistItem, status: AnswerStatus, note: string | null): void;
  onDraft(item: ChecklistItem): void;
}

/** The right side's checklist: progress, then the items grouped under the four dimensions (+ 类型专项). */
export function ChecklistPane(props: Props) {
  const { review, items, focused } = props;
  const { t, locale } = useI18n();
  const marks = checklistLabels(locale);
  const answers = useMemo(() => new Map(review.answers.map((a) => [a.itemId, a])), [review.answers]);
  const opinionCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const o of review.opinions) if (o.checklistItemId) counts.set(o.checklistItemId, (counts.get(o.checklistItemId) ?? 0) + 1);
    return counts;
  }, [review.opinions]);
  const { total, answered, requiredOpen } = review.progress;
  const focusItem = (id: string) => {
    const index = items.findIndex((i) => i.id === id);
    if (index >= 0) props.onFocus(index);
  };
  return (
    <div className="rd-checklist">
      <div className="rd-progress" aria-live="polite">
        <Space wrap size="small">
          <Typography.Text strong data-testid="review-progress">
            {t('review.progress', { answered, total })}
          </Typography.Text>
          <Progress percent={total ? Math.round((answered / total) * 100) : 0} size="small" style={{ width: 160, margin: 0 }} />
          {requiredOpen.length > 0 ? (
            <Popover
              trigger="click"
              title={t('review.progress.requiredOpenTitle')}
              content={
                <Space wrap size={4} style={{ maxWidth: 360 }}>
                  {requiredOpen.map((id) => (
                    <Button key={id} size="small" onClick={() => focusItem(id)}>
                      {id}
                    </Button>
                  ))}
                </Space>
              }
            >
              <Button size="small" danger type="link">
                {t('review.progress.requiredOpen', { n: requiredOpen.length })}
              </Button>
            </Popover>
          ) : (
            <Tag color="green">{t('review.progress.requiredDone')}</Tag>
          )}
        </Space>
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t('review.template', { title: review.template.title, version: String(review.template.version) })}
        </Typography.Text>
      </div>
      {CHECKLIST_DIMENSIONS.map((dimension) => {
        const group = items.filter((i) => i.dimension === dimension);
        if (group.length === 0) return null;
        const done = group.filter((i) => answers.has(i.id)).length;
        return (
          <section key={dimension} className="rd-dimension" aria-label={marks.dimension(dimension)}>
            <Typography.Title level={5} className="rd-dimension-title">
              {marks.dimension(dimension)} <Typography.Text type="secondary">{`${done}/${group.length}`}</Typography.Text>
            </Typography.Title>
            {group.map((item) => {
              const index = items.indexOf(item);
              return (
                <ChecklistItemCard
                  key={item.id}
                  item={item}
                  index={index}
                  answer={answers.get(item.id)}
                  focused={index === focused}
                  locked={props.locked}
                  opinionCount={opinionCounts.get(item.id) ?? 0}
                  basisById={props.basisById}
                  register={props.register}
                  onFocus={props.onFocus}
                  onStatus={props.onStatus}
                  onNote={props.onNote}
                  onDraft={props.onDraft}
                />
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
