import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Matter, Method } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { navigate, routeHref } from '../../routes';
import { DocumentsTab } from '../documents/DocumentsTab';
import { LettersTab } from '../letters/LettersTab';
import { AssignControl } from './AssignControl';
import { MatterRecordBar } from '../records/MatterRecordBar';
import { MatterOverview } from './MatterOverview';
import { WorkflowTab } from '../workflow/WorkflowTab';
import { ReviewTab } from '../review/ReviewTab';
import { CasefileTab } from '../casefile/CasefileTab';

/** A tab of the matter page; each area (documents, review, letters, workflow) contributes its own. */
export interface MatterTab {
  key: string;
  label: MessageKey;
  /** The call the tab cannot do without: hidden from those whose roles may not make it. */
  method: Method;
  render(matter: Matter): ReactNode;
}

/** The matter's tabs in order. Areas add their tab here with one line. */
export const MATTER_TABS: MatterTab[] = [
  { key: 'overview', label: 'matter.tab.overview', method: 'matters.get', render: (m) => <MatterOverview matter={m} /> },
  { key: 'documents', label: 'documents.tab', method: 'documents.list', render: (m) => <DocumentsTab matter={m} /> },
  { key: 'review', label: 'review.tab', method: 'review.get', render: (m) => <ReviewTab matter={m} /> },
  { key: 'letters', label: 'letters.tab', method: 'letters.list', render: (m) => <LettersTab matter={m} /> },
  { key: 'workflow', label: 'workflow.tab', method: 'workflow.get', render: (m) => <WorkflowTab matter={m} /> },
  { key: 'casefile', label: 'casefile.tab', method: 'casefile.get', render: (m) => <CasefileTab matter={m} /> },
];

export function MatterPage({ id, tab }: { id: number; tab?: string }) {
  const { t, labels } = useI18n();
  const can = useCan();
  const matter = useQuery({ queryKey: ['matters.get', id], queryFn: () => call('matters.get', { id }) });
  if (matter.error) return <Alert type="error" message={t('error.load', { message: matter.error.message })} />;
  if (!matter.data) return <Skeleton active />;
  const m = matter.data;
  const tabs = MATTER_TABS.filter((x) => can(x.method));
  const active = tabs.some((x) => x.key === tab) ? tab! : tabs[0]!.key;
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <a href={routeHref({ page: 'matters' })}>{t('nav.matters')}</a> }, { title: m.serial }]} />
      <Space align="baseline" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
        <Tag>{labels.matterType(m.type)}</Tag>
        <Tag color={m.voided ? 'red' : 'processing'} data-testid="matter-status">{labels.shownStatus(m)}</Tag>
      </Space>
      <AssignControl matter={m} />
      <MatterRecordBar matter={m} />
      <Tabs
        activeKey={active}
        onChange={(key) => navigate({ page: 'matter', id, tab: key })}
        items={tabs.map((x) => ({ key: x.key, label: t(x.label), children: x.render(m) }))}
        destroyOnHidden
      />
    </Space>
  );
}
