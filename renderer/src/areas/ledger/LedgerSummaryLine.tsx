import { Typography } from 'antd';
import type { LedgerSummary } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';

/** The ledger's totals row, counted by the server over the whole filtered set (not only the rows loaded). */
export function LedgerSummaryLine({ summary }: { summary: LedgerSummary }) {
  const { t } = useI18n();
  const a = summary.adoption;
  return (
    <Typography.Text type="secondary" data-testid="ledger-summary">
      {t('ledger.summary', {
        opinions: summary.opinions,
        a: a.adopted,
        p: a.partlyAdopted,
        n: a.notAdopted,
        w: a.pending,
        overdue: summary.overdue,
        voided: summary.voided,
      })}
    </Typography.Text>
  );
}
