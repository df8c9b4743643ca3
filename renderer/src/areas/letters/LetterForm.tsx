import { Alert, Button, Checkbox, DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { LETTER_KINDS, type OfficeSettings } from '../../../../shared/domain/letter';
import { useI18n } from '../../i18n';
import { useToday } from '../records/use-today';
import type { LetterDraft } from './letter-draft';
import { LinesEditor } from './LinesEditor';

interface Props {
  draft: LetterDraft;
  onChange(next: LetterDraft): void;
  office: OfficeSettings | undefined;
}

/** The reviewer's choices for the next letter; everything else comes from the matter and its review. */
export function LetterForm({ draft, onChange, office }: Props) {
  const { t } = useI18n();
  const today = useToday();
  const set = (patch: Partial<LetterDraft>) => onChange({ ...draft, ...patch });
  const officeClosing = office?.defaultClosingText[draft.kind] ?? '';
  return (
    <Form layout="vertical" component="div">
      {draft.corrects && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('letters.correcting', { number: draft.corrects.number })}
          action={
            <Button size="small" onClick={() => set({ corrects: undefined })}>
              {t('letters.correctingCancel')}
            </Button>
          }
        />
      )}
      {draft.corrects && (
        <Form.Item label={t('letters.correctionReason')} htmlFor="letter-correction-reason" extra={t('letters.correctionReasonHint')} required>
          <Input.TextArea
            id="letter-correction-reason"
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={500}
            value={draft.correctionReason}
            onChange={(e) => set({ correctionReason: e.target.value })}
          />
        </Form.Item>
      )}
      <Form.Item label={t('letters.kind')}>
        <Radio.Group
          aria-label={t('letters.kind')}
          orientation="vertical"
          value={draft.kind}
          onChange={(e) => set({ kind: e.target.value as LetterDraft['kind'] })}
          options={LETTER_KINDS.map((k) => ({ value: k, label: t(`letters.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('letters.issueDate')} htmlFor="letter-issue-date">
        <DatePicker
          id="letter-issue-date"
          allowClear={false}
          value={dayjs(draft.issueDate ?? today)}
          onChange={(d) => d && set({ issueDate: d.format('YYYY-MM-DD') })}
        />
      </Form.Item>
      {draft.kind === 'return-notice' && (
        <Form.Item label={t('letters.missing')} extra={t('letters.missingHint')} required>
          <LinesEditor label={t('letters.missing')} value={draft.missingMaterials} onChange={(missingMaterials) => set({ missingMaterials })} />
        </Form.Item>
      )}
      {draft.kind === 'return-notice' && (
        <Form.Item extra={t('letters.attachOpinionsHint', { days: office?.returnDeadlineDays ?? 5 })}>
          <Checkbox checked={draft.attachOpinions} onChange={(e) => set({ attachOpinions: e.target.checked })}>
            {t('letters.attachOpinions')}
          </Checkbox>
        </Form.Item>
      )}
      <Form.Item label={t('letters.attachments')} extra={t('letters.attachmentsHint')}>
        <LinesEditor label={t('letters.attachments')} value={draft.attachments} onChange={(attachments) => set({ attachments })} />
      </Form.Item>
      <Form.Item
        label={t('letters.closing')}
        htmlFor="letter-closing"
        extra={
          draft.closingText === null ? (
            t('letters.closingDefault')
          ) : (
            <>
              {draft.closingText.trim() === '' && <Typography.Text type="secondary">{t('letters.closingNone')} · </Typography.Text>}
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => set({ closingText: null })}>
                {t('letters.closingReset')}
              </Button>
            </>
          )
        }
      >
        <Input.TextArea
          id="letter-closing"
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          value={draft.closingText ?? officeClosing}
          onChange={(e) => set({ closingText: e.target.value })}
        />
      </Form.Item>
      <Form.Item label={t('letters.contact')} htmlFor="letter-contact">
        <Input
          id="letter-contact"
          maxLength={200}
          value={draft.contact}
          placeholder={t('letters.contactPlaceholder')}
          onChange={(e) => set({ contact: e.target.value })}
        />
      </Form.Item>
    </Form>
  );
}
