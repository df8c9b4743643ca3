import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Input, List, Progress, Row, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { navigate, routeHref } from '../../routes';
import { AlertsPanel } from './AlertsPanel';
import { useCan } from '../../auth/session';
import { LawReader } from './LawReader';
import './statutes.css';

interface StatutesState {
  q: string;
  law?: number;
  article?: string;
  tab: 'read' | 'alerts';
}

function parseState(params?: string): StatutesState {
  const p = new URLSearchParams(params ?? '');
  const law = Number(p.get('law'));
  return {
    q: p.get('q') ?? '',
    law: Number.isInteger(law) && law > 0 ? law : undefined,
    article: p.get('article') ?? undefined,
    tab: p.get('tab') === 'alerts' ? 'alerts' : 'read',
  };
}

function go(state: StatutesState): void {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.law) p.set('law', String(state.law));
  if (state.article) p.set('article', state.article);
  if (state.tab === 'alerts') p.set('tab', 'alerts');
  navigate({ page: 'statutes', params: p.toString() || undefined });
}

/** Waits for the statute store: starts building it on first use and shows the progress. */
function useStatutesReady() {
  const status = useQuery({
    queryKey: ['law.status'],
    queryFn: () => call('law.status', {}),
    refetchInterval: (q) => (q.state.data?.ready ? false : 700),
  });
  useEffect(() => {
    if (status.data && !status.data.ready && !status.data.building && !status.data.error) void call('law.prepare', {});
  }, [status.data]);
  return status;
}

function lawHref(q: string, law: number, article?: string): string {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  p.set('law', String(law));
  if (article) p.set('article', article);
  return routeHref({ page: 'statutes', params: p.toString() });
}

function SearchResults({ q }: { q: string }) {
  const { t } = useI18n();
  const result = useQuery({ queryKey: ['law.search', q], queryFn: () => call('law.search', { query: q, limit: 100 }), enabled: q !== '' });
  if (result.error) return <Alert type="error" message={result.error.message} />;
  if (!result.data) return null;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={8}>
        <Card size="small" title={`${t('statutes.laws')}（${result.data.laws.length}）`}>
          <List
            size="small"
            dataSource={result.data.laws}
            renderItem={(l) => (
              <List.Item>
                <Typography.Link href={lawHref(q, l.lawId)}>{l.title}</Typography.Link> <Tag>{l.level}</Tag>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        <Card size="small" title={`${t('statutes.articles')}（${result.data.articles.length}）`}>
          {result.data.articles.length === 0 ? (
            <Typography.Text type="secondary">{t('statutes.noArticles', { q })}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={result.data.articles}
              renderItem={(a) => (
                <List.Item>
                  <div>
                    <Typography.Link href={lawHref(q, a.lawId, a.key)}>
                      《{a.title}》{a.label}
                    </Typography.Link>
                    {/* The snippet is escaped by the core; only <mark> is markup. */}
                    <div className="statute-text" dangerouslySetInnerHTML={{ __html: a.snippet }} />
                  </div>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}

/** 法规库: search laws and articles, read a law by chapter with its versions, and the change alerts. */
export function StatutesPage({ params }: { params?: string }) {
  const { t } = useI18n();
  const state = parseState(params);
  const [draft, setDraft] = useState(state.q);
  useEffect(() => setDraft(state.q), [state.q]);
  const status = useStatutesReady();
  const can = useCan();
  const ready = status.data?.ready ?? false;
  const shipped = status.data?.snapshots.at(-1);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('statutes.title')}</Typography.Title>
      {status.error && <Alert type="error" message={status.error.message} />}
      {status.data?.error && <Alert type="error" message={status.data.error} />}
      {!ready && !status.data?.error && (
        <Card>
          <Typography.Text>{t('statutes.preparing')}</Typography.Text>
          <Progress percent={Math.round((status.data?.progress ?? 0) * 100)} />
        </Card>
      )}
      {ready && shipped && (
        <Typography.Text type="secondary">
          {t('statutes.snapshot', { label: status.data!.snapshots.map((s) => s.label).join('；'), laws: status.data!.laws, articles: status.data!.articles })}
        </Typography.Text>
      )}
      {ready && (
        <Tabs
          activeKey={state.tab}
          onChange={(tab) => go({ ...state, tab: tab as StatutesState['tab'] })}
          items={[
            {
              key: 'read',
              label: t('statutes.tabRead'),
              children: (
                <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                  <Space.Compact style={{ width: '100%', maxWidth: 720 }}>
                    <Input
                      aria-label={t('statutes.searchPlaceholder')}
                      placeholder={t('statutes.searchPlaceholder')}
                      value={draft}
                      onChange={(e) => setDraft(e.target.value)}
                      onPressEnter={() => go({ q: draft.trim(), tab: 'read' })}
                    />
                    <Button type="primary" onClick={() => go({ q: draft.trim(), tab: 'read' })}>
                      {t('statutes.search')}
                    </Button>
                  </Space.Compact>
                  {state.law ? (
                    <LawReader key={`${state.law}-${state.article ?? ''}`} lawId={state.law} target={state.article} />
                  ) : (
                    <SearchResults q={state.q} />
                  )}
                </Space>
              ),
            },
            ...(can('law.alerts') ? [{ key: 'alerts', label: t('statutes.tabAlerts'), children: <AlertsPanel /> }] : []),
          ]}
        />
      )}
    </Space>
  );
}
