import { Space, Tag, Tooltip } from 'antd';
import { SEVERITIES, type Severity } from '../../../../shared/domain/matter';
import { useI18n } from '../../i18n';

const COLORS: Record<Severity, string> = { must: 'red', should: 'orange', hint: 'blue' };

/** Open pre-check findings of a matter per severity (必须修改 / 建议修改 / 提示); nothing when none. */
export function FindingCounts({ counts }: { counts: Record<Severity, number> | undefined }) {
  const { t, labels } = useI18n();
  if (!counts || SEVERITIES.every((s) => counts[s] === 0)) return <span aria-label={t('matters.findingsNone')}>—</span>;
  return (
    <Space size={2} wrap>
      {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
        <Tooltip key={s} title={`${labels.severity(s)} ${counts[s]}`}>
          <Tag color={COLORS[s]} style={{ marginInlineEnd: 0 }}>
            {labels.severity(s).slice(0, 2)} {counts[s]}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
