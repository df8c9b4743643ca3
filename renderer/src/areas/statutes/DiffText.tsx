import type { TextDiffPart } from '../../../../shared/contract/index';

/** A character diff: removed text struck through in red, added text underlined in green. */
export function DiffText({ parts }: { parts: TextDiffPart[] }) {
  return (
    <div className="statute-text">
      {parts.map((p, i) =>
        p.op === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === 'added' ? (
          <ins key={i} className="statute-added">
            {p.text}
          </ins>
        ) : (
          <del key={i} className="statute-removed">
            {p.text}
          </del>
        ),
      )}
    </div>
  );
}
