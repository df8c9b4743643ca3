import { Tag } from 'antd';
import type { DiffPart, ParagraphDiff } from '../../../../shared/contract/index';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';

const OP_LABEL: Record<ParagraphDiff['op'], MessageKey> = {
  same: 'documents.diff.same',
  added: 'documents.diff.added',
  removed: 'documents.diff.removed',
  changed: 'documents.diff.changed',
};
const OP_COLOR: Record<ParagraphDiff['op'], string> = { same: 'default', added: 'green', removed: 'red', changed: 'orange' };

/** The word-level parts of an edited paragraph; `side` keeps only what that version contains. */
function Parts({ parts, side }: { parts: DiffPart[]; side: 'a' | 'b' | 'both' }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.op === 'same') return <span key={i}>{p.text}</span>;
        if (p.op === 'added') return side === 'a' ? null : <ins key={i}>{p.text}</ins>;
        return side === 'b' ? null : <del key={i}>{p.text}</del>;
      })}
    </>
  );
}

function OldText({ p }: { p: ParagraphDiff }) {
  if (p.op === 'changed' && p.parts) return <Parts parts={p.parts} side="a" />;
  if (p.op === 'removed') return <del>{p.a}</del>;
  return <>{p.a ?? ''}</>;
}

function NewText({ p }: { p: ParagraphDiff }) {
  if (p.op === 'changed' && p.parts) return <Parts parts={p.parts} side="b" />;
  if (p.op === 'added') return <ins>{p.b}</ins>;
  return <>{p.b ?? ''}</>;
}

function InlineText({ p }: { p: ParagraphDiff }) {
  if (p.op === 'changed' && p.parts) return <Parts parts={p.parts} side="both" />;
  if (p.op === 'changed') return <><del>{p.a}</del><ins>{p.b}</ins></>;
  if (p.op === 'added') return <ins>{p.b}</ins>;
  if (p.op === 'removed') return <del>{p.a}</del>;
  return <>{p.b ?? p.a ?? ''}</>;
}

const number = (i: number | undefined) => (i === undefined ? '' : String(i + 1));

/** Paragraph diff as a table: old | new side by side, or one column with insertions and deletions inline. */
export function DiffTable({ paragraphs, mode, labels }: { paragraphs: ParagraphDiff[]; mode: 'side' | 'inline'; labels: { a: string; b: string } }) {
  const { t } = useI18n();
  const op = (p: ParagraphDiff) => <Tag color={OP_COLOR[p.op]}>{t(OP_LABEL[p.op])}</Tag>;
  return (
    <table className="rd-diff">
      <thead>
        <tr>
          <th style={{ width: 72 }}>{t('documents.diff.op')}</th>
          {mode === 'side' ? (
            <>
              <th style={{ width: 48 }}>#</th>
              <th>{labels.a}</th>
              <th style={{ width: 48 }}>#</th>
              <th>{labels.b}</th>
            </>
          ) : (
            <>
              <th style={{ width: 48 }}>#</th>
              <th>{t('documents.diff.inlineHeader', { a: labels.a, b: labels.b })}</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {paragraphs.map((p, i) => (
          <tr key={i} className={`rd-diff-row-${p.op}`} data-op={p.op}>
            <td>{op(p)}</td>
            {mode === 'side' ? (
              <>
                <td className="rd-diff-n">{number(p.aIndex)}</td>
                <td><OldText p={p} /></td>
                <td className="rd-diff-n">{number(p.bIndex)}</td>
                <td><NewText p={p} /></td>
              </>
            ) : (
              <>
                <td className="rd-diff-n">{number(p.bIndex ?? p.aIndex)}</td>
                <td><InlineText p={p} /></td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
