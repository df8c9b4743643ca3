import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space } from 'antd';
import type { LetterRequest, LetterSummary } from '../../../../shared/contract/letters';
import { useI18n } from '../../i18n';
import { downloadLetter } from './download-letter';
import type { LetterDraft } from './letter-draft';
import { useIssueLetter } from './use-letters';

interface Props {
  matterId: number;
  /** Letters of the draft's kind already issued for the matter (newest last). */
  existing: LetterSummary[];
  /** Starts a correction of an issued letter. */
  onCorrect(letter: LetterSummary): void;
  draft: LetterDraft;
  request: LetterRequest;
  /** From the preview of this very request; undefined while it is being checked. */
  problems: string[] | undefined;
  onIssued(letter: LetterSummary): void;
}

/** Shows what stands in the way, and issues after an explicit confirmation (the 文号 is taken for good). */
export function IssueButton({ matterId, existing, onCorrect, draft, request, problems, onIssued }: Props) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const issue = useIssueLetter(matterId);
  const kind = t(`letters.kind.${draft.kind}`);
  const confirm = () =>
    modal.confirm({
      title: t('letters.confirmTitle', { kind }),
      content: (
        <>
          <p>{t('letters.confirmBody')}</p>
          {draft.corrects && <p>{t('letters.confirmCorrection', { number: draft.corrects.number })}</p>}
          {draft.corrects && <p>{t('letters.correctionReason')}：{draft.correctionReason}</p>}
        </>
      ),
      okText: t('letters.confirmOk'),
      cancelText: t('letters.cancel'),
      onOk: async () => {
        try {
          onIssued(await issue.mutateAsync(request));
        } catch (e) {
          message.error(t('letters.failed', { message: (e as Error).message }));
        }
      },
    });
  const blocked = problems === undefined || problems.length > 0;
  // 合法性审查意见书 and 法律意见书 go out once; after that only a correction (更正) may follow.
  const latest = existing.at(-1);
  const issuedOnce = !draft.corrects && draft.kind !== 'return-notice' && latest !== undefined;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {issuedOnce && (
        <Alert
          type="info"
          showIcon
          data-testid="letter-exists"
          title={t('letters.exists', { kind, number: latest.number ?? latest.issueDate })}
          description={t('letters.existsHint')}
          action={
            <Space orientation="vertical">
              <Button size="small" onClick={() => void downloadLetter(latest.id)}>
                {t('letters.existsDownload')}
              </Button>
              <Button size="small" onClick={() => onCorrect(latest)}>
                {t('letters.correct')}
              </Button>
            </Space>
          }
        />
      )}
      {!issuedOnce && problems && problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('letters.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <Button type="primary" icon={<SafetyCertificateOutlined />} disabled={blocked || issuedOnce} loading={issue.isPending} onClick={confirm}>
        {draft.corrects ? t('letters.issueCorrection') : t('letters.issue')}
      </Button>
    </Space>
  );
}
