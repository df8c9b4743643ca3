import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { Finding } from '../../../shared/domain/finding.js';
import { createContext } from './context.js';
import { RULES } from './registry.js';
import { clauseRange } from './text/structure.js';
import { locate } from './text/units.js';
import type { CheckInput, Rule, RuleHit } from './types.js';

const TITLE_EXCERPT_MAX = 60;

/** Run every rule that applies to the input's matter type; findings sorted by position. */
export function runChecks(input: CheckInput): Finding[] {
  const ctx = createContext(input);
  const only = input.options?.onlyRules;
  const disabled = new Set(input.options?.disabledRules ?? []);
  const severityOverride = input.options?.severity ?? {};
  const titlePos = ctx.structure.titlePos;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of RULES) {
    if (!rule.types.includes(input.type)) continue;
    if (only && !only.includes(rule.id)) continue;
    if (disabled.has(rule.id)) continue;
    for (const hit of rule.check(ctx)) {
      const f = toFinding(rule, hit, input.blocks, titlePos);
      if (!f) continue;
      const override = severityOverride[rule.id];
      if (override) f.severity = override;
      const key = `${f.rule}|${f.paragraph}|${f.start}|${f.end}|${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  return groupRepeats(findings).sort(
    (a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule),
  );
}

/**
 * The same finding on the same words in several places (a signature line repeated on every page, a
 * boilerplate sentence in each article) is one finding that says how often it occurs.
 */
function groupRepeats(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.rule}|${f.message}|${f.excerpt.replace(/\s+/g, '')}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out: Finding[] = [];
  for (const list of groups.values()) {
    const first = list[0] as Finding;
    // Document-level findings (empty excerpt) differ by message already; only quoted words are grouped.
    if (list.length === 1 || first.excerpt.trim() === '') {
      out.push(...list);
      continue;
    }
    first.message = `${first.message}（相同内容全文共${list.length}处）`;
    out.push(first);
  }
  return out;
}

function toFinding(rule: Rule, hit: RuleHit, blocks: readonly TextBlock[], titlePos: number | null): Finding | null {
  let blockPosition: number;
  let start: number;
  let end: number;
  let trigger: { start: number; end: number } | undefined;
  if ('anchor' in hit) {
    if (titlePos === null) {
      blockPosition = -1;
      start = 0;
      end = 0;
    } else {
      blockPosition = titlePos;
      const text = (blocks[titlePos] as TextBlock).text;
      start = text.length - text.trimStart().length;
      end = Math.min(text.trimEnd().length, start + TITLE_EXCERPT_MAX);
    }
  } else {
    const range = locate(hit.unit, hit.start, hit.end);
    if (!range) return null;
    ({ blockPosition, start, end } = range);
    if ((rule.excerpt ?? 'clause') === 'clause') {
      // Widen to the clause in the unit's text, then map back; keep the trigger as a sub-range.
      const c = clauseRange(hit.unit.text, hit.start, hit.end);
      const wide = locate(hit.unit, c.start, c.end);
      if (wide && wide.blockPosition === blockPosition && wide.start <= start && wide.end >= end && (wide.start < start || wide.end > end)) {
        trigger = { start, end };
        start = wide.start;
        end = wide.end;
      }
    }
  }
  const block = blockPosition >= 0 ? (blocks[blockPosition] as TextBlock) : undefined;
  return {
    rule: rule.id,
    severity: hit.severity ?? rule.severity,
    message: hit.message ?? rule.message,
    paragraph: block ? block.index : 0,
    start,
    end,
    excerpt: block ? block.text.slice(start, end) : '',
    basis: hit.basis ?? rule.basis,
    suggestion: hit.suggestion ?? rule.suggestion,
    ...(trigger ? { trigger } : {}),
  };
}
