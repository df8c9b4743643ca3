import { Space, Tag, Tooltip } from 'antd';
import type { CitedVersion } from '../../../../shared/contract/statutes';
import { useI18n } from '../../i18n';
import { useCitedVersions } from './review-data';

const COLOR: Record<CitedVersion['status'], string | undefined> = { 'in-force': 'green', amended: 'orange', repealed: 'red', unknown: undefined };

/**
 * The versions one opinion cited (issue 18): each version's date and whether it is still the law
 * (现行 / 已修改 / 已废止), and 条文已变 when the stored hash of the cited text no longer matches the
 * version in force. One query per matter, shared by all opinion cards.
 */
export function CitationVersionTag({ matterId, opinionId }: { matterId: number; opinionId: number }) {
  const { t } = useI18n();
  const cited = useCitedVersions(matterId);
  const mine = (cited.data ?? []).filter((c) => c.opinionId === opinionId);
  if (mine.length === 0) return null;
  return (
    <Space size={4} wrap className="rd-cited-versions" data-testid="cited-versions">
      {mine.map((c, i) => (
        <Space key={i} size={2}>
          <Tooltip title={[t('statutes.cited.tooltip', { citation: c.citation, date: c.versionDate }), c.newerVersion ? t('statutes.cited.newer', { date: c.newerVersion }) : ''].join(' ')}>
            <Tag color={COLOR[c.status]}>{t('statutes.cited.tag', { date: c.versionDate, status: t(`statutes.cited.${c.status}`) })}</Tag>
          </Tooltip>
          {c.textChanged && (
            <Tooltip title={t('statutes.cited.changedTooltip')}>
              <Tag color="red">{t('statutes.cited.changed')}</Tag>
            </Tooltip>
          )}
        </Space>
      ))}
    </Space>
  );
}
