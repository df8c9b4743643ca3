import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Input, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { VERSION_STATUS_ZH, type ArticleText } from '../../../../shared/contract/index';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { ArticleHistoryDrawer } from './ArticleHistoryDrawer';
import { copyCitation } from './copy-citation';

function articleDomId(key: string): string {
  return `article-${key}`;
}

/** Parses 27, 第二十七条, 二十七, 17-1 / 十七之一 into an article key. */
function keyOf(input: string): string {
  const s = input.normalize('NFKC').replace(/^第|条$/g, '').replace(/条之/, '之').trim();
  const parts = s.split(/之|-/);
  const num = (x: string) => {
    if (/^\d+$/.test(x)) return Number(x);
    const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
    const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
    let total = 0;
    let d = 0;
    for (const ch of x) {
      if (digits[ch] !== undefined) d = digits[ch]!;
      else if (units[ch] !== undefined) {
        total += (d === 0 ? 1 : d) * units[ch]!;
        d = 0;
      } else return NaN;
    }
    return total + d;
  };
  const [a, b] = parts.map(num);
  if (a === undefined || Number.isNaN(a)) return '';
  return b !== undefined && !Number.isNaN(b) && b > 0 ? `${a}-${b}` : String(a);
}

/** Groups consecutive articles by their chapter path, keeping order. */
function byChapter(articles: ArticleText[]): { chapter: string; articles: ArticleText[] }[] {
  const out: { chapter: string; articles: ArticleText[] }[] = [];
  for (const a of articles) {
    const last = out.at(-1);
    if (last && last.chapter === a.chapter) last.articles.push(a);
    else out.push({ chapter: a.chapter, articles: [a] });
  }
  return out;
}

/** Reads one law by chapter: versions, a contents list, jump to an article, copy a citation, history. */
export function LawReader({ lawId, target }: { lawId: number; target?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [versionId, setVersionId] = useState<number | undefined>(undefined);
  const [jump, setJump] = useState('');
  const [focus, setFocus] = useState<string | undefined>(target);
  const [historyOf, setHistoryOf] = useState<ArticleText | null>(null);
  const law = useQuery({ queryKey: ['law.read', lawId, versionId], queryFn: () => call('law.read', { lawId, versionId }) });
  const chapters = useMemo(() => byChapter(law.data?.articles ?? []), [law.data]);
  useEffect(() => setVersionId(undefined), [lawId]);
  useEffect(() => {
    if (!focus || !law.data) return;
    document.getElementById(articleDomId(focus))?.scrollIntoView({ block: 'start' });
  }, [focus, law.data]);
  if (law.isLoading) return <Skeleton active />;
  if (law.error) return <Alert type="error" message={law.error.message} />;
  if (!law.data) return null;
  const { law: summary } = law.data;
  const version = summary.versions.find((v) => v.id === law.data.versionId)!;
  const notHeld = summary.notHeld.at(-1);
  const onCopy = async (a: ArticleText) => {
    const citation = `《${version.title || summary.title}》${a.label}`;
    if (await copyCitation(citation)) message.success(t('statutes.copied', { citation }));
    else message.warning(t('statutes.copyFailed', { citation }));
  };
  const onJump = () => {
    const key = keyOf(jump);
    if (law.data.articles.some((a) => a.key === key)) setFocus(key);
    else message.warning(t('statutes.notFound', { n: jump }));
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="baseline">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {version.title || summary.title}
        </Typography.Title>
        <Tag>{summary.level}</Tag>
        <Tag color={version.status === 'in-force' ? 'green' : version.status === 'repealed' ? 'red' : 'default'}>{VERSION_STATUS_ZH[version.status]}</Tag>
        {version.effective && <Typography.Text type="secondary">{t('statutes.effective', { date: version.effective })}</Typography.Text>}
      </Space>
      {notHeld && <Alert type="warning" showIcon message={t('statutes.notHeld', { publish: notHeld.publish, effective: notHeld.effective, what: notHeld.what })} />}
      <Space wrap>
        <Select
          aria-label={t('statutes.version')}
          style={{ width: 260 }}
          value={law.data.versionId}
          onChange={(v: number) => setVersionId(v)}
          options={summary.versions.map((v) => ({ value: v.id, label: t('statutes.versionOption', { date: v.publish || v.effective || '—', status: VERSION_STATUS_ZH[v.status] }) }))}
        />
        <Space.Compact>
          <Input aria-label={t('statutes.jump')} placeholder={t('statutes.jump')} value={jump} onChange={(e) => setJump(e.target.value)} onPressEnter={onJump} style={{ width: 160 }} />
          <Button onClick={onJump}>{t('statutes.jumpButton')}</Button>
        </Space.Compact>
      </Space>
      {version.history && <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>{version.history}</Typography.Paragraph>}
      <Row gutter={16}>
        <Col xs={0} lg={6}>
          <Card size="small" title={t('statutes.chapters')} className="statute-toc">
            {chapters.map((c) => (
              <div key={`${c.chapter}-${c.articles[0]!.key}`}>
                <Typography.Link onClick={() => setFocus(c.articles[0]!.key)}>{c.chapter || t('statutes.preamble')}</Typography.Link>
              </div>
            ))}
          </Card>
        </Col>
        <Col xs={24} lg={18}>
          {law.data.preamble && <div className="statute-text">{law.data.preamble}</div>}
          {chapters.map((c) => (
            <section key={`${c.chapter}-${c.articles[0]!.key}`} aria-label={c.chapter || t('statutes.preamble')}>
              {c.chapter && <div className="statute-chapter">{c.chapter}</div>}
              {c.articles.map((a) => (
                <article key={a.key} id={articleDomId(a.key)} className={`statute-article${focus === a.key ? ' is-target' : ''}`} aria-label={a.label}>
                  <div className="statute-text">
                    <strong>{a.label}</strong>
                    {'\u3000'}
                    {a.text}
                  </div>
                  <Space size="small">
                    <Button size="small" type="link" onClick={() => void onCopy(a)}>
                      {t('statutes.copy')}
                    </Button>
                    {summary.versions.length > 1 && (
                      <Button size="small" type="link" onClick={() => setHistoryOf(a)}>
                        {t('statutes.history')}
                      </Button>
                    )}
                  </Space>
                </article>
              ))}
            </section>
          ))}
        </Col>
      </Row>
      <ArticleHistoryDrawer lawId={lawId} articleKey={historyOf?.key ?? null} label={historyOf?.label ?? ''} onClose={() => setHistoryOf(null)} />
    </Space>
  );
}
