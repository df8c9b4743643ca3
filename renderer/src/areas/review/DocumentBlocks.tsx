import { memo, useMemo } from 'react';
import type { TextBlock } from '../../../../shared/domain/document-text';
import type { Severity } from '../../../../shared/domain/matter';
import { groupBlocks, highlightSegments, type RangeMark } from './anchor-ranges';

/** A highlighted range in the document: an anchored opinion or an open pre-check finding. */
export interface Highlight extends RangeMark {
  kind: 'opinion' | 'finding';
  paragraph: number;
  severity: Severity;
  title: string;
}

const SEVERITY_RANK: Record<Severity, number> = { must: 0, should: 1, hint: 2 };

interface Props {
  blocks: TextBlock[];
  highlights: Highlight[];
  onMarkClick(id: number): void;
  onFindingClick(id: number): void;
}

const worstOf = (list: Highlight[]) => list.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a));

/**
 * The document as its text blocks: one element per block carrying data-b=<index> and nothing but the
 * block's text, so selection offsets are offsets into `text`. Table cells are laid out as tables.
 */
export const DocumentBlocks = memo(function DocumentBlocks({ blocks, highlights, onMarkClick, onFindingClick }: Props) {
  const sections = useMemo(() => groupBlocks(blocks), [blocks]);
  const byParagraph = useMemo(() => {
    const map = new Map<number, Highlight[]>();
    for (const h of highlights) map.set(h.paragraph, [...(map.get(h.paragraph) ?? []), h]);
    return map;
  }, [highlights]);
  const block = (b: TextBlock, Tag: 'p' | 'div') => (
    <BlockText key={b.index} block={b} Tag={Tag} highlights={byParagraph.get(b.index)} onMarkClick={onMarkClick} onFindingClick={onFindingClick} />
  );
  return (
    <>
      {sections.map((section) =>
        section.kind === 'block' ? (
          block(section.block, 'p')
        ) : (
          <table key={`t${section.table}-${section.rows[0]?.cells[0]?.blocks[0]?.index}`} className="rd-table">
            <tbody>
              {section.rows.map((row) => (
                <tr key={row.row}>
                  {row.cells.map((cell) => (
                    <td key={cell.col}>{cell.blocks.map((b) => block(b, 'div'))}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </>
  );
});

function BlockText({
  block,
  Tag,
  highlights,
  onMarkClick,
  onFindingClick,
}: {
  block: TextBlock;
  Tag: 'p' | 'div';
  highlights: Highlight[] | undefined;
  onMarkClick(id: number): void;
  onFindingClick(id: number): void;
}) {
  const list = highlights ?? [];
  // Opinion and finding ids may coincide, so segments refer to highlights by their place in the list.
  const segments = highlightSegments(block.text, list.map((h, i) => ({ id: i, start: h.start, end: h.end })));
  return (
    <Tag data-b={block.index} className={`rd-block rd-${block.kind}`}>
      {segments.map((s) => {
        if (s.ids.length === 0) return s.text;
        const covering = s.ids.map((i) => list[i]!);
        const opinions = covering.filter((h) => h.kind === 'opinion');
        const findings = covering.filter((h) => h.kind === 'finding');
        const title = covering.map((h) => h.title).join('\n');
        // Findings are underlined, opinions shaded: a passage can show both at once.
        const finding = findings.length > 0 ? { className: ` rd-finding rd-finding-${worstOf(findings).severity}`, ids: findings.map((h) => h.id).join(' ') } : null;
        if (opinions.length > 0) {
          const worst = worstOf(opinions);
          return (
            <mark
              key={s.start}
              className={`rd-mark rd-mark-${worst.severity}${finding?.className ?? ''}`}
              data-op={opinions.map((h) => h.id).join(' ')}
              data-finding={finding?.ids}
              title={title}
              onClick={() => onMarkClick(worst.id)}
            >
              {s.text}
            </mark>
          );
        }
        return (
          <span key={s.start} className={finding!.className.trim()} data-finding={finding!.ids} title={title} onClick={() => onFindingClick(worstOf(findings).id)}>
            {s.text}
          </span>
        );
      })}
    </Tag>
  );
}
