import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space } from 'antd';
import type { LetterRequest, LetterSummary } from '../../../../shared/contract/letters';
import { useI18n } from '../../i18n';
import type { LetterDraft } from './letter-draft';
import { useIssueLetter } from './use-letters';

interface Props {
  matterId: number;
  draft: LetterDraft;
  request: LetterRequest;
  /** From the preview of this very request; undefined while it is being checked. */
  problems: string[] | undefined;
  onIssued(letter: LetterSummary): void;
}

/** Shows what stands in the way, and issues after an explicit confirmation (the 文号 is taken for good). */
export function IssueButton({ matterId, draft, request, problems, onIssued }: Props) {
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
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {problems && problems.length > 0 && (
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
      <Button type="primary" icon={<SafetyCertificateOutlined />} disabled={blocked} loading={issue.isPending} onClick={confirm}>
        {draft.corrects ? t('letters.issueCorrection') : t('letters.issue')}
      </Button>
    </Space>
  );
}
