import { Descriptions } from 'antd';
import type { Matter } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import { CorrectionHistory } from '../records/MatterRecordBar';

/** The registration facts of a matter. */
export function MatterOverview({ matter }: { matter: Matter }) {
  const { t, labels } = useI18n();
  const dash = (v: string | null) => v ?? '—';
  return (
    <>
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label={t('matter.serial')}>{matter.serial}</Descriptions.Item>
      <Descriptions.Item label={t('matter.type')}>{labels.matterType(matter.type)}</Descriptions.Item>
      <Descriptions.Item label={t('matter.submittingUnit')}>{matter.submittingUnit}</Descriptions.Item>
      <Descriptions.Item label={t('matter.township')}>{dash(matter.township)}</Descriptions.Item>
      <Descriptions.Item label={t('matter.contactName')}>{dash(matter.contactName)}</Descriptions.Item>
      <Descriptions.Item label={t('matter.contactPhone')}>{dash(matter.contactPhone)}</Descriptions.Item>
      <Descriptions.Item label={t('matter.receivedOn')}>{matter.receivedOn}</Descriptions.Item>
      <Descriptions.Item label={t('matter.dueOn')}>{dash(matter.dueOn)}</Descriptions.Item>
      <Descriptions.Item label={t('matter.status')}>{labels.shownStatus(matter)}</Descriptions.Item>
      <Descriptions.Item label={t('matter.result')}>{matter.result ? labels.result(matter.result) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('matter.note')} span={2}>
        {dash(matter.note)}
      </Descriptions.Item>
    </Descriptions>
    <CorrectionHistory matterId={matter.id} />
    </>
  );
}
