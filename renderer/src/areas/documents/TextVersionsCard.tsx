import { Card, Collapse, Tag, Typography } from 'antd';
import type { TextVersions } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { useOfficeClock } from '../../office-clock';

/** The document's text versions: as recognised, then each correction with its paragraphs before and after. */
export function TextVersionsCard({ versions }: { versions: TextVersions }) {
  const { t } = useI18n();
  const clock = useOfficeClock();
  const items = [...versions.versions].reverse().map((v) => ({
    key: String(v.version),
    label: (
      <span data-testid={`text-version-${v.version}`}>
        {v.version === 1 ? t('pages.versionOriginal') : t('pages.versionN', { n: v.version, count: v.edits.length })}
        {v.version === versions.current && <Tag color="blue" style={{ marginLeft: 8 }}>{t('pages.versionCurrent')}</Tag>}
        <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{t('pages.by', { who: v.createdBy, at: clock.dateTime(v.createdAt) })}</Typography.Text>
      </span>
    ),
    collapsible: v.edits.length === 0 ? ('disabled' as const) : undefined,
    children: (
      <>
        {v.note && <Typography.Paragraph>{v.note}</Typography.Paragraph>}
        {v.edits.map((e) => (
          <div key={e.index} style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t('pages.editWhere', { n: e.index + 1, page: e.page ?? '-' })}</Typography.Text>
            <table className="rd-diff">
              <tbody>
                <tr className="rd-diff-row-removed"><td className="rd-diff-n">{t('pages.before')}</td><td>{e.before}</td></tr>
                <tr className="rd-diff-row-added"><td className="rd-diff-n">{t('pages.after')}</td><td>{e.after}</td></tr>
              </tbody>
            </table>
          </div>
        ))}
      </>
    ),
  }));
  return (
    <Card size="small" title={t('pages.versionsTitle')}>
      <Collapse size="small" items={items} />
    </Card>
  );
}
