import type { ChecklistItem } from './checklist.js';

/*
 * Which checklist item a pre-check finding concerns (issue 20: accepting a finding links the item).
 * Rules and checklist items are written separately, so the link is suggested from the words they
 * share: Chinese bigrams of the finding's message and basis against each item's question and
 * guidance. The reviewer sees the suggestion and can pick another item before accepting.
 */

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

// Words every legal text shares; matching on them would link everything to everything.
const COMMON = new Set(['法律', '规定', '是否', '违反', '条款', '内容', '合同', '应当', '文件', '有关', '相关', '中华', '华人', '人民', '共和', '和国']);

/** The item with the most shared bigrams (at least 2 besides the common ones), or null. */
export function suggestChecklistItem(
  items: readonly Pick<ChecklistItem, 'id' | 'question' | 'guidance'>[],
  finding: { message: string; basis: string; suggestion?: string },
): string | null {
  const wanted = bigrams(`${finding.message}${finding.basis}${finding.suggestion ?? ''}`);
  for (const c of COMMON) wanted.delete(c);
  let best: { id: string; score: number } | null = null;
  for (const item of items) {
    const have = bigrams(`${item.question}${item.guidance}`);
    let score = 0;
    for (const b of wanted) if (have.has(b)) score++;
    if (score >= 2 && (!best || score > best.score)) best = { id: item.id, score };
  }
  return best?.id ?? null;
}

/**
 * Whether a checklist answer agrees with the item's opinions: 有问题 needs an opinion or a note, and an
 * item with a 必须修改 opinion cannot be 通过. The server refuses the answer with the same rule; the
 * workspace checks first so it can open the opinion editor instead.
 */
export function answerConflict(
  opinions: readonly { checklistItemId: string | null; severity: 'must' | 'should' | 'hint' }[],
  itemId: string,
  status: 'pass' | 'problem' | 'not-applicable',
  note: string | null,
): 'needs-opinion' | 'pass-with-must' | null {
  const linked = opinions.filter((o) => o.checklistItemId === itemId);
  if (status === 'problem' && !note && linked.length === 0) return 'needs-opinion';
  if (status === 'pass' && linked.some((o) => o.severity === 'must')) return 'pass-with-must';
  return null;
}

/**
 * The checklist item a saved opinion marks 有问题, or null (issue 20: checklist and opinions agree).
 * An opinion to revise an item means the item has a problem; a 提示 alone does not — except when it
 * comes from an accepted pre-check finding, which always marks the item it was linked to. The core
 * writes the mark with this rule and the workspace applies the same rule to its cache, so a save
 * needs no reload of the whole review.
 */
export function problemItemOf(
  opinion: { checklistItemId: string | null; severity: 'must' | 'should' | 'hint' },
  source: 'editor' | 'finding' = 'editor',
): string | null {
  if (!opinion.checklistItemId) return null;
  return source === 'finding' || opinion.severity !== 'hint' ? opinion.checklistItemId : null;
}
