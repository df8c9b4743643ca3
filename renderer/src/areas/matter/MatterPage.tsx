import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Matter } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { navigate, routeHref } from '../../routes';
import { DocumentsTab } from '../documents/DocumentsTab';
import { LettersTab } from '../letters/LettersTab';
import { MatterOverview } from './MatterOverview';
import { WorkflowTab } from '../workflow/WorkflowTab';
import { ReviewTab } from '../review/ReviewTab';

/** A tab of the matter page; each area (documents, review, letters, workflow) contributes its own. */
export interface MatterTab {
  key: string;
  label: MessageKey;
  render(matter: Matter): ReactNode;
}

/** The matter's tabs in order. Areas add their tab here with one line. */
export const MATTER_TABS: MatterTab[] = [
  { key: 'overview', label: 'matter.tab.overview', render: (m) => <MatterOverview matter={m} /> },
  { key: 'documents', label: 'documents.tab', render: (m) => <DocumentsTab matter={m} /> },
  { key: 'review', label: 'review.tab', render: (m) => <ReviewTab matter={m} /> },
  { key: 'letters', label: 'letters.tab', render: (m) => <LettersTab matter={m} /> },
  { key: 'workflow', label: 'workflow.tab', render: (m) => <WorkflowTab matter={m} /> },
];

export function MatterPage({ id, tab }: { id: number; tab?: string }) {
  const { t, labels } = useI18n();
  const matter = useQuery({ queryKey: ['matters.get', id], queryFn: () => call('matters.get', { id }) });
  if (matter.error) return <Alert type="error" message={t('error.load', { message: matter.error.message })} />;
  if (!matter.data) return <Skeleton active />;
  const m = matter.data;
  const active = MATTER_TABS.some((x) => x.key === tab) ? tab! : MATTER_TABS[0]!.key;
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <a href={routeHref({ page: 'matters' })}>{t('nav.matters')}</a> }, { title: m.serial }]} />
      <Space align="baseline" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
        <Tag>{labels.matterType(m.type)}</Tag>
        <Tag color="processing">{labels.status(m.status)}</Tag>
      </Space>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate({ page: 'matter', id, tab: key })}
        items={MATTER_TABS.map((x) => ({ key: x.key, label: t(x.label), children: x.render(m) }))}
        destroyOnHidden
      />
    </Space>
  );
}
