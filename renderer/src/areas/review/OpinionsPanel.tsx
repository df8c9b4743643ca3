import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Opinion, OpinionAnchor } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { moveInList } from './anchor-ranges';
import { OpinionCard } from './OpinionCard';
import type { ReviewActions } from './review-data';

interface Props {
  opinions: Opinion[];
  locked: boolean;
  actions: ReviewActions;
  /** The opinion last clicked in the document, shown and scrolled to. */
  activeId: number | null;
  onNew(): void;
  onEdit(o: Opinion): void;
  onJump(anchor: OpinionAnchor): void;
}

/** The opinions (审查意见) in letter order: reorder by drag and drop or Alt+↑/↓, edit, delete, keep as phrase. */
export function OpinionsPanel({ opinions, locked, actions, activeId, onNew, onEdit, onJump }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const cards = useRef(new Map<number, HTMLDivElement>());
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const [refocus, setRefocus] = useState<number | null>(null);

  useEffect(() => {
    if (refocus === null) return;
    cards.current.get(refocus)?.focus();
    setRefocus(null);
  }, [refocus, opinions]);
  useEffect(() => {
    if (activeId !== null) cards.current.get(activeId)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [activeId]);

  const move = (from: number, to: number) => {
    const moved = opinions[from];
    if (!moved || from === to) return;
    actions.reorder.mutate(moveInList(opinions, from, to).map((o) => o.id));
    setRefocus(moved.id);
  };
  const register = (id: number, el: HTMLDivElement | null) => {
    if (el) cards.current.set(id, el);
    else cards.current.delete(id);
  };
  const endDrag = () => {
    setDragFrom(null);
    setDragOver(null);
  };

  return (
    <div className="rd-opinions" data-rd-own-keys>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('review.opinions.hint')}</Typography.Text>
        <Button size="small" icon={<PlusOutlined />} disabled={locked} onClick={onNew}>
          {t('review.opinions.new')}
        </Button>
      </Space>
      {opinions.length === 0 ? (
        <Empty description={t('review.opinions.empty')} />
      ) : (
        <div role="list" aria-label={t('review.tab.opinions')}>
          {opinions.map((o, index) => (
            <OpinionCard
              key={o.id}
              opinion={o}
              index={index}
              count={opinions.length}
              locked={locked}
              active={o.id === activeId}
              dropTarget={dragFrom !== null && dragOver === index && dragFrom !== index}
              register={register}
              onMove={move}
              onDragStart={setDragFrom}
              onDragOver={setDragOver}
              onDrop={(to) => {
                if (dragFrom !== null) move(dragFrom, to);
                endDrag();
              }}
              onDragEnd={endDrag}
              onEdit={onEdit}
              onDelete={(x) => actions.deleteOpinion.mutate(x.id)}
              onKeep={(x) =>
                actions.keepPhrase.mutate(x.id, { onSuccess: () => void message.success(t('review.opinion.kept')) })
              }
              onJump={onJump}
            />
          ))}
        </div>
      )}
    </div>
  );
}
