import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import type { OpinionAnchor } from '../../../../shared/contract/index';
import type { ChecklistItem, LegalBasisEntry, Phrase } from '../../../../shared/domain/checklist';
import { SEVERITIES, type MatterType, type Severity } from '../../../../shared/domain/matter';
import { useI18n } from '../../i18n';
import { clearable } from '../../i18n/clearable';
import { BasisInput, type BasisValue } from './BasisInput';
import { citeAll } from './checklist-labels';
import { PhraseSuggestions } from './PhraseSuggestions';
import type { OpinionFields } from './review-data';
import type { EditorRequest } from './workspace-state';

export type { EditorRequest };

interface Props {
  request: EditorRequest;
  matterType: MatterType;
  items: ChecklistItem[];
  basisById: Map<string, LegalBasisEntry>;
  /** Text currently selected in the document, offered as the anchor. */
  pending: OpinionAnchor | null;
  saving: boolean;
  onSave(fields: OpinionFields, id?: number): void;
  onClose(): void;
}

/**
 * The opinion editor (审查意见) as a side panel beside the document (issue 20: writing an opinion does
 * not hide the document, and the reading position stays where it was): text, severity, basis, linked
 * item and quoted passage; more text can be selected in the document while the panel is open.
 * Ctrl+Enter saves; Esc closes, asking first when something typed would be lost. A non-modal dialog
 * for assistive technology, named by its title.
 */
export function OpinionEditor(props: Props) {
  const { t } = useI18n();
  const title = props.request.opinion ? t('review.editor.editTitle') : t('review.editor.newTitle');
  return (
    <section className="rd-editor" role="dialog" aria-modal="false" aria-label={title} data-rd-own-keys data-testid="opinion-editor">
      <EditorForm key={props.request.nonce} {...props} title={title} />
    </section>
  );
}

function initialState(request: EditorRequest, basisById: Map<string, LegalBasisEntry>) {
  const { opinion, item } = request;
  if (opinion) {
    return {
      text: opinion.text,
      severity: opinion.severity,
      basis: { text: opinion.basis ?? '', id: opinion.basisId },
      itemId: opinion.checklistItemId,
      anchor: opinion.anchor,
    };
  }
  const entries = (item?.basis ?? []).flatMap((id) => basisById.get(id) ?? []);
  return {
    text: '',
    severity: item?.defaultSeverity ?? ('should' as Severity),
    basis: { text: citeAll(entries), id: entries[0]?.id ?? null },
    itemId: item?.id ?? null,
    anchor: request.anchor ?? null,
  };
}

function EditorForm({ request, matterType, items, basisById, pending, saving, onSave, onClose, title }: Props & { title: string }) {
  const { t, labels } = useI18n();
  const [state] = useState(() => initialState(request, basisById));
  const [text, setText] = useState(state.text);
  const [severity, setSeverity] = useState<Severity>(state.severity);
  const [basis, setBasis] = useState<BasisValue>(state.basis);
  const [itemId, setItemId] = useState<string | null>(state.itemId);
  const [anchor, setAnchor] = useState<OpinionAnchor | null>(state.anchor);
  const [error, setError] = useState<string | null>(null);
  const item = items.find((i) => i.id === itemId) ?? null;

  const save = () => {
    if (!text.trim()) {
      setError(t('review.editor.textRequired'));
      return;
    }
    onSave({ text: text.trim(), severity, basis: basis.text.trim() || null, basisId: basis.id, checklistItemId: itemId, anchor }, request.opinion?.id);
  };
  const dirty =
    text !== state.text ||
    severity !== state.severity ||
    basis.text !== state.basis.text ||
    itemId !== state.itemId ||
    JSON.stringify(anchor) !== JSON.stringify(state.anchor);
  // Asked inside the panel rather than in a modal over it: the document stays in view, and Esc or
  // 继续编辑 goes back to the text.
  const [askingDiscard, setAskingDiscard] = useState(false);
  const close = () => (dirty ? setAskingDiscard(true) : onClose());
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Escape') {
      // Esc in an open list (basis search, linked item) closes the list, not the editor.
      if (e.target instanceof HTMLElement && e.target.getAttribute('aria-expanded') === 'true') return;
      e.preventDefault();
      if (askingDiscard) setAskingDiscard(false);
      else close();
    }
  };
  const insertPhrase = (p: Phrase) => {
    setText((old) => (old.trim() ? `${old.trimEnd()}\n${p.text}` : p.text));
    if (p.severity) setSeverity(p.severity);
    const entries = p.basisIds.flatMap((id) => basisById.get(id) ?? []);
    if (!basis.text.trim() && entries.length > 0) setBasis({ text: citeAll(entries), id: entries[0]!.id });
  };
  const samePending = pending && anchor && pending.documentId === anchor.documentId && pending.paragraph === anchor.paragraph && pending.start === anchor.start && pending.end === anchor.end;

  return (
    <div className="rd-editor-frame" onKeyDown={onKeyDown}>
      <div className="rd-editor-head">
        <Typography.Text strong>{title}</Typography.Text>
        <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('review.editor.close')} onClick={close} />
      </div>
      <div className="rd-editor-body">
        <Form layout="vertical" component="div">
          {item && <Typography.Paragraph type="secondary">{t('review.editor.forItem', { id: item.id, question: item.question })}</Typography.Paragraph>}
          <Form.Item label={t('review.editor.text')} required validateStatus={error ? 'error' : undefined} help={error}>
            <Input.TextArea
              autoFocus
              aria-label={t('review.editor.text')}
              value={text}
              autoSize={{ minRows: 4, maxRows: 12 }}
              maxLength={5000}
              onChange={(e) => {
                setText(e.target.value);
                setError(null);
              }}
            />
          </Form.Item>
          <Form.Item label={t('review.editor.severity')}>
            <Radio.Group
              aria-label={t('review.editor.severity')}
              optionType="button"
              value={severity}
              onChange={(e) => setSeverity(e.target.value as Severity)}
              options={SEVERITIES.map((s) => ({ value: s, label: labels.severity(s) }))}
            />
          </Form.Item>
          <Form.Item label={t('review.editor.basis')} extra={t('review.editor.basisHelp')}>
            <BasisInput value={basis} onChange={setBasis} />
          </Form.Item>
          <Form.Item label={t('review.editor.item')}>
            <Select
              allowClear={clearable(t)}
              showSearch
              optionFilterProp="label"
              aria-label={t('review.editor.item')}
              placeholder={t('review.editor.itemNone')}
              value={itemId ?? undefined}
              onChange={(v?: string) => setItemId(v ?? null)}
              options={items.map((i) => ({ value: i.id, label: `${i.id} ${i.question}` }))}
            />
          </Form.Item>
          <Form.Item label={t('review.editor.anchor')}>
            {anchor ? (
              <blockquote className="rd-quote" data-testid="editor-quote">
                <Typography.Text type="secondary">{t('review.anchor.where', { n: anchor.paragraph + 1 })}</Typography.Text> {anchor.quote}
              </blockquote>
            ) : (
              <Typography.Text type="secondary">{t('review.editor.noAnchor')}</Typography.Text>
            )}
            <Space size="small">
              {pending && !samePending && (
                <Button size="small" onClick={() => setAnchor(pending)}>
                  {t('review.editor.usePending')}
                </Button>
              )}
              {anchor && (
                <Button size="small" onClick={() => setAnchor(null)}>
                  {t('review.editor.clearAnchor')}
                </Button>
              )}
            </Space>
          </Form.Item>
        </Form>
        {request.opinion?.anchor && !anchor && <Alert type="info" showIcon title={t('review.editor.anchorRemoved')} style={{ marginBottom: 8 }} />}
        <Typography.Text strong>{t('review.phrases.title')}</Typography.Text>
        <PhraseSuggestions matterType={matterType} itemId={itemId} onInsert={insertPhrase} />
      </div>
      {askingDiscard ? (
        <div className="rd-editor-foot rd-editor-confirm" role="alertdialog" aria-label={t('review.editor.discardTitle')}>
          <Typography.Text strong>{t('review.editor.discardTitle')}</Typography.Text>
          <Typography.Text type="secondary">{t('review.editor.discardBody')}</Typography.Text>
          <Button autoFocus onClick={() => setAskingDiscard(false)}>
            {t('review.editor.keepEditing')}
          </Button>
          <Button danger onClick={onClose}>
            {t('review.editor.discardOk')}
          </Button>
        </div>
      ) : (
        <div className="rd-editor-foot">
          <Typography.Text type="secondary">{t('review.editor.shortcut')}</Typography.Text>
          <Button onClick={close}>{t('review.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={save}>
            {t('review.save')}
          </Button>
        </div>
      )}
    </div>
  );
}
