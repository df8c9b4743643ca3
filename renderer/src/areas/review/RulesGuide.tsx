import { Button, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import type { RuleInfo } from '../../../../shared/domain/finding';
import { useI18n } from '../../i18n';
import { useRules } from './review-data';

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x * 100)}%`);

/**
 * 预检规则说明: every rule with what it looks for and how far to trust it — precision and recall on
 * the real documents shipped as the self-test (the same figures `review-desk selftest` prints).
 */
export function RulesGuide() {
  const { t, labels } = useI18n();
  const [open, setOpen] = useState(false);
  const rules = useRules(open);
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid="rules-guide-open">
        {t('rulesGuide.open')}
      </Button>
      <Modal open={open} title={t('rulesGuide.title')} width={960} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('rulesGuide.intro')}
        </Typography.Paragraph>
        <Table<RuleInfo>
          size="small"
          rowKey="id"
          loading={rules.isLoading}
          dataSource={rules.data ?? []}
          pagination={false}
          scroll={{ y: 520 }}
          data-testid="rules-guide-table"
          columns={[
            {
              title: t('rulesGuide.rule'),
              key: 'rule',
              render: (_, r) => (
                <>
                  <div>{r.title}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.message}
                  </Typography.Text>
                </>
              ),
            },
            { title: t('rulesGuide.severity'), key: 'severity', width: 90, render: (_, r) => labels.severity(r.severity) },
            { title: t('rulesGuide.precision'), key: 'precision', width: 90, render: (_, r) => pct(r.quality?.precision) },
            { title: t('rulesGuide.recall'), key: 'recall', width: 90, render: (_, r) => pct(r.quality?.recall) },
            {
              title: t('rulesGuide.cases'),
              key: 'cases',
              width: 130,
              render: (_, r) =>
                r.quality ? t('rulesGuide.casesValue', { docs: r.quality.documents, tp: r.quality.tp, fp: r.quality.fp, fn: r.quality.fn }) : t('rulesGuide.notMeasured'),
            },
          ]}
        />
      </Modal>
    </>
  );
}
