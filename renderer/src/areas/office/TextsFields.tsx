import { Form, Input, Tabs, Typography } from 'antd';
import { LETTER_KINDS, type LetterKind } from '../../../../shared/domain/letter';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';

/** The fixed wording of one letter kind, in the order it prints; optional ones may be left empty. */
const FIELDS: { path: string[]; label: MessageKey; optional?: boolean; long?: boolean }[] = [
  { path: ['title'], label: 'office.text.title' },
  { path: ['opening'], label: 'office.text.opening', optional: true, long: true },
  { path: ['correctionNote'], label: 'office.text.correctionNote', long: true },
  { path: ['conclusionHeading'], label: 'office.text.conclusionHeading' },
  { path: ['conclusionSentence'], label: 'office.text.conclusionSentence' },
  { path: ['opinionsHeading'], label: 'office.text.opinionsHeading' },
  { path: ['severityHeadings', 'must'], label: 'office.text.must' },
  { path: ['severityHeadings', 'should'], label: 'office.text.should' },
  { path: ['severityHeadings', 'hint'], label: 'office.text.hint' },
  { path: ['basisLabel'], label: 'office.text.basisLabel' },
  { path: ['quoteLabel'], label: 'office.text.quoteLabel' },
  { path: ['missingHeading'], label: 'office.text.missingHeading' },
  { path: ['missingIntro'], label: 'office.text.missingIntro', optional: true },
];

function KindTexts({ kind }: { kind: LetterKind }) {
  const { t } = useI18n();
  return (
    <>
      {FIELDS.map((f) => (
        <Form.Item
          key={f.path.join('.')}
          name={['fixedTexts', kind, ...f.path]}
          label={t(f.label)}
          rules={f.optional ? [] : [{ required: true, whitespace: true, message: t('office.required', { field: t(f.label) }) }]}
        >
          {f.long ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} /> : <Input />}
        </Form.Item>
      ))}
      <Form.Item name={['defaultClosingText', kind]} label={t('office.closing')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </>
  );
}

/** Per letter kind: its fixed texts and default closing text. */
export function TextsFields({ kind, onKind }: { kind: LetterKind; onKind(kind: LetterKind): void }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('office.placeholders')}</Typography.Paragraph>
      <Tabs
        type="card"
        size="small"
        activeKey={kind}
        onChange={(k) => onKind(k as LetterKind)}
        items={LETTER_KINDS.map((k) => ({ key: k, label: t(`letters.kind.${k}`), forceRender: true, children: <KindTexts kind={k} /> }))}
      />
    </>
  );
}
