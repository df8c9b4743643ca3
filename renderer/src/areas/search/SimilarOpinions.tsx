import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Empty, List, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { OpinionHitItem } from './ArchiveHits';

/**
 * 类似意见: a button that opens the earlier opinions on similar text, for an opinion or a pre-check
 * finding. Self-contained so a workspace adds it with one line: <SimilarOpinions opinionId={o.id} />.
 */
export function SimilarOpinions(props: { opinionId: number } | { findingId: number }) {
  const { t } = useI18n();
  const can = useCan();
  const [open, setOpen] = useState(false);
  const key = 'opinionId' in props ? ['opinions.similar', props.opinionId] : ['findings.similar', props.findingId];
  const similar = useQuery({
    queryKey: key,
    queryFn: () => ('opinionId' in props ? call('opinions.similar', { opinionId: props.opinionId }) : call('findings.similar', { id: props.findingId })),
    enabled: open,
  });
  if (!can('opinionId' in props ? 'opinions.similar' : 'findings.similar')) return null;
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid="similar-opinions">
        {t('search.similar')}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('search.similarTitle')} width={560} destroyOnHidden>
        {similar.isLoading && <Skeleton active />}
        {similar.data && similar.data.length === 0 && <Empty description={t('search.similarNone')} />}
        {similar.data && similar.data.length > 0 && (
          <List
            dataSource={similar.data}
            renderItem={(h) => <OpinionHitItem hit={h} extra={<Tag color="gold">{t('search.similarScore', { p: Math.round(h.score * 100) })}</Tag>} />}
          />
        )}
      </Drawer>
    </>
  );
}
