import { DeleteOutlined, EditOutlined, HolderOutlined, StarOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { SimilarOpinions } from '../search/SimilarOpinions';
import type { DragEvent, KeyboardEvent } from 'react';
import type { Opinion, OpinionAnchor } from '../../../../shared/contract/index';
import type { Severity } from '../../../../shared/domain/matter';
import { useI18n } from '../../i18n';
import { CitationVersionTag } from './CitationVersionTag';

const SEVERITY_COLOR: Record<Severity, string> = { must: 'red', should: 'orange', hint: 'blue' };

interface Props {
  opinion: Opinion;
  index: number;
  count: number;
  locked: boolean;
  active: boolean;
  dropTarget: boolean;
  register(id: number, el: HTMLDivElement | null): void;
  onMove(from: number, to: number): void;
  onDragStart(index: number): void;
  onDragOver(index: number): void;
  onDrop(index: number): void;
  onDragEnd(): void;
  onEdit(o: Opinion): void;
  onDelete(o: Opinion): void;
  onKeep(o: Opinion): void;
  onJump(anchor: OpinionAnchor): void;
}

/** One opinion in the panel; drag it, or Alt+↑/↓ while it has focus, to change the order. */
export function OpinionCard(props: Props) {
  const { opinion: o, index, count, locked } = props;
  const { t, labels } = useI18n();
  const onKeyDown = (e: KeyboardEvent) => {
    if (locked || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || e.target !== e.currentTarget) return;
    e.preventDefault();
    const to = index + (e.key === 'ArrowUp' ? -1 : 1);
    if (to >= 0 && to < count) props.onMove(index, to);
  };
  const drag = locked
    ? {}
    : {
        draggable: true,
        onDragStart: (e: DragEvent) => {
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', String(o.id));
          props.onDragStart(index);
        },
        onDragOver: (e: DragEvent) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'move';
          props.onDragOver(index);
        },
        onDrop: (e: DragEvent) => {
          e.preventDefault();
          props.onDrop(index);
        },
        onDragEnd: props.onDragEnd,
      };
  return (
    <div
      ref={(el) => props.register(o.id, el)}
      tabIndex={0}
      role="listitem"
      aria-label={t('review.opinion.aria', { n: o.position, text: o.text })}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      data-opinion={o.id}
      className={`rd-opinion${props.active ? ' rd-opinion-active' : ''}${props.dropTarget ? ' rd-opinion-drop' : ''}`}
      onKeyDown={onKeyDown}
      {...drag}
    >
      <div className="rd-opinion-head">
        {!locked && <HolderOutlined className="rd-drag-handle" aria-hidden />}
        <Typography.Text strong>{`${o.position}.`}</Typography.Text>
        <Tag color={SEVERITY_COLOR[o.severity]}>{labels.severity(o.severity)}</Tag>
        {o.checklistItemId && <Tag>{o.checklistItemId}</Tag>}
      </div>
      <Typography.Paragraph className="rd-opinion-text" style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
        {o.text}
      </Typography.Paragraph>
      {o.basis && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t('review.opinion.basis', { basis: o.basis })}
        </Typography.Paragraph>
      )}
      <CitationVersionTag matterId={o.matterId} opinionId={o.id} />
      {o.anchor && (
        <blockquote className="rd-quote rd-quote-link" data-testid="opinion-quote">
          <Typography.Link onClick={() => props.onJump(o.anchor!)} title={t('review.opinion.jump')}>
            {t('review.anchor.where', { n: o.anchor.paragraph + 1 })}
          </Typography.Link>{' '}
          {o.anchor.quote}
        </blockquote>
      )}
      <Space size={4} wrap>
        <Button size="small" type="text" icon={<EditOutlined />} disabled={locked} onClick={() => props.onEdit(o)}>
          {t('review.opinion.edit')}
        </Button>
        <Popconfirm title={t('review.opinion.deleteConfirm')} onConfirm={() => props.onDelete(o)} disabled={locked}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={locked}>
            {t('review.opinion.delete')}
          </Button>
        </Popconfirm>
        <Button size="small" type="text" icon={<StarOutlined />} onClick={() => props.onKeep(o)}>
          {t('review.opinion.keep')}
        </Button>
        <SimilarOpinions opinionId={o.id} />
      </Space>
    </div>
  );
}
