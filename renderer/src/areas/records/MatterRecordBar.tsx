import { Alert, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Matter, MatterCorrection } from '../../../../shared/contract/index';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { EditMatterDialog } from './EditMatterDialog';
import { useCorrections } from './records-queries';
import { VoidMatterDialog } from './VoidMatterDialog';
import { useOfficeClock } from '../../office-clock';

/** 更正登记信息 and 作废 for those who may, and the voided banner for everyone. */
export function MatterRecordBar({ matter }: { matter: Matter }) {
  const { t } = useI18n();
  const clock = useOfficeClock();
  const can = useCan();
  const [dialog, setDialog] = useState<'edit' | 'void' | null>(null);
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      {matter.voided && (
        <Alert
          type="error"
          showIcon
          data-testid="voided-banner"
          title={t('records.voidedBanner', { at: clock.date(matter.voided.at), by: matter.voided.by, reason: matter.voided.reason })}
        />
      )}
      {!matter.voided && (
        <Space size="small" wrap>
          {can('matters.update') && (
            <Button size="small" onClick={() => setDialog('edit')} data-testid="edit-matter">
              {t('records.edit')}
            </Button>
          )}
          {can('matters.void') && (
            <Button size="small" danger onClick={() => setDialog('void')} data-testid="void-matter">
              {t('records.void')}
            </Button>
          )}
        </Space>
      )}
      {dialog === 'edit' && <EditMatterDialog matter={matter} onClose={() => setDialog(null)} />}
      {dialog === 'void' && <VoidMatterDialog matter={matter} onClose={() => setDialog(null)} />}
    </Space>
  );
}

/** The matter's correction history: who changed what, when, old → new, and why. */
export function CorrectionHistory({ matterId }: { matterId: number }) {
  const { t } = useI18n();
  const clock = useOfficeClock();
  const corrections = useCorrections(matterId);
  const fieldLabel = (f: MatterCorrection['field']) => t((f === 'voided' ? 'records.field.voided' : `matter.${f}`) as MessageKey);
  const show = (v: string | null) => v ?? t('records.empty');
  return (
    <div data-testid="correction-history">
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('records.history')}
      </Typography.Title>
      <Table<MatterCorrection>
        size="small"
        rowKey="id"
        pagination={false}
        loading={corrections.isLoading}
        locale={{ emptyText: t('records.history.none') }}
        dataSource={corrections.data ?? []}
        columns={[
          { title: t('records.col.at'), dataIndex: 'at', width: 160, render: (v: string) => clock.dateTime(v) },
          { title: t('records.col.actor'), dataIndex: 'actorName', width: 120 },
          { title: t('records.col.field'), dataIndex: 'field', width: 120, render: fieldLabel },
          { title: t('records.col.change'), key: 'change', render: (_: unknown, c) => `${show(c.oldValue)} → ${show(c.newValue)}` },
          { title: t('records.col.reason'), dataIndex: 'reason' },
        ]}
      />
    </div>
  );
}
