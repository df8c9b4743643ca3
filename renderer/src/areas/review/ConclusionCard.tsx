import { Button, Card, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Review } from '../../../../shared/contract/index';
import { REVIEW_RESULTS, type ReviewResult } from '../../../../shared/domain/matter';
import { useI18n } from '../../i18n';
import type { ReviewActions } from './review-data';

/** The overall conclusion (合法 / 修改后合法 / 不合法) and its summary. */
export function ConclusionCard({ review, locked, actions }: { review: Review; locked: boolean; actions: ReviewActions }) {
  // Re-mount when the saved conclusion changes so the form shows what the server holds.
  return <ConclusionForm key={`${review.result}|${review.summary}`} review={review} locked={locked} actions={actions} />;
}

function ConclusionForm({ review, locked, actions }: { review: Review; locked: boolean; actions: ReviewActions }) {
  const { t, labels } = useI18n();
  const [result, setResult] = useState<ReviewResult | null>(review.result);
  const [summary, setSummary] = useState(review.summary ?? '');
  const dirty = result !== review.result || (summary.trim() || null) !== review.summary;
  return (
    <Card size="small" title={t('review.conclusion.title')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Radio.Group
          aria-label={t('review.conclusion.title')}
          optionType="button"
          buttonStyle="solid"
          disabled={locked}
          value={result}
          onChange={(e) => setResult(e.target.value as ReviewResult)}
          options={REVIEW_RESULTS.map((r) => ({ value: r, label: labels.result(r) }))}
        />
        <Input.TextArea
          aria-label={t('review.conclusion.summary')}
          placeholder={t('review.conclusion.summary')}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={5000}
          disabled={locked}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
        <Space>
          <Button
            type="primary"
            disabled={locked || !dirty}
            loading={actions.conclude.isPending}
            onClick={() => actions.conclude.mutate({ result, summary: summary.trim() || null })}
          >
            {t('review.conclusion.save')}
          </Button>
          {dirty && !locked && <Typography.Text type="warning">{t('review.conclusion.unsaved')}</Typography.Text>}
        </Space>
      </Space>
    </Card>
  );
}
