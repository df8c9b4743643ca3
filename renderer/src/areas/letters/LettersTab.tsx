import { Card, Col, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import type { LetterSummary } from '../../../../shared/contract/letters';
import type { Matter } from '../../../../shared/contract/index';
import { useCan } from '../../auth/session';
import { useI18n } from '../../i18n';
import { routeHref } from '../../routes';
import { IssueButton } from './IssueButton';
import { IssuedLetterCard } from './IssuedLetterCard';
import { LetterForm } from './LetterForm';
import { LetterPreview } from './LetterPreview';
import { LettersTable } from './LettersTable';
import { MatterExports } from './MatterExports';
import { draftRequest, newDraft, type LetterDraft } from './letter-draft';
import { useLetterList, useLetterPreview, useOfficeSettings } from './use-letters';
import './letters.css';

/** 意见书: draft a letter with a live preview, issue it under the next number, and the matter's exports. */
export function LettersTab({ matter }: { matter: Matter }) {
  const { t } = useI18n();
  const can = useCan();
  const [draft, setDraft] = useState<LetterDraft>(() => newDraft());
  const [issued, setIssued] = useState<LetterSummary | null>(null);
  const office = useOfficeSettings();
  const issuedList = useLetterList(matter.id);
  const existing = (issuedList.data ?? []).filter((l) => l.kind === draft.kind);
  const request = draftRequest(matter.id, draft);
  const { query: preview, current } = useLetterPreview(request, can('letters.preview'));
  // Problems only count for the request on screen, not for an earlier one still displayed.
  const problems = current ? preview.data?.problems : undefined;

  const onIssued = (letter: LetterSummary) => {
    setIssued(letter);
    setDraft((d) => ({ ...d, corrects: undefined, correctionReason: '' }));
  };
  const onCorrect = (letter: LetterSummary) => {
    setIssued(null);
    setDraft((d) => ({ ...d, kind: letter.kind, correctionReason: '', corrects: { id: letter.id, number: letter.number ?? letter.issueDate } }));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {issued && <IssuedLetterCard letter={issued} onClose={() => setIssued(null)} />}
      {/* Drafting is for the reviewing staff; issuing for the approver; others see the issued letters. */}
      {can('letters.preview') && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={9}>
            <Card size="small" title={t('letters.draftTitle')} extra={can('office.save') && <a href={routeHref({ page: 'settings' })}>{t('letters.officeSettings')}</a>}>
              <LetterForm draft={draft} onChange={setDraft} office={office.data} />
              {can('letters.issue') ? (
                <IssueButton
                  matterId={matter.id}
                  existing={existing}
                  onCorrect={onCorrect}
                  draft={draft}
                  request={request}
                  problems={problems}
                  onIssued={onIssued}
                />
              ) : (
                <Typography.Text type="secondary">{t('letters.issueByApprover')}</Typography.Text>
              )}
            </Card>
          </Col>
          <Col xs={24} xl={15}>
            <LetterPreview html={preview.data?.html} loading={preview.isFetching} error={preview.error} printTitle={`${matter.title}（草稿）`} />
          </Col>
        </Row>
      )}
      <LettersTable matterId={matter.id} onCorrect={can('letters.issue') ? onCorrect : undefined} />
      {can('matters.summarySheet') && <MatterExports matterId={matter.id} />}
    </Space>
  );
}
