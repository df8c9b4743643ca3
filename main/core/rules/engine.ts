import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { Finding } from '../../../shared/domain/finding.js';
import { createContext, titleBlockPosition } from './context.js';
import { RULES } from './registry.js';
import { locate } from './text/units.js';
import type { CheckInput, Rule, RuleHit } from './types.js';

const TITLE_EXCERPT_MAX = 60;

/** Run every rule that applies to the input's matter type; findings sorted by position. */
export function runChecks(input: CheckInput): Finding[] {
  const ctx = createContext(input);
  const only = input.options?.onlyRules;
  const disabled = new Set(input.options?.disabledRules ?? []);
  const severityOverride = input.options?.severity ?? {};
  const titlePos = titleBlockPosition(input.blocks, input.title);
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
  return findings.sort(
    (a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule),
  );
}

function toFinding(
  rule: Rule,
  hit: RuleHit,
  blocks: readonly TextBlock[],
  titlePos: number | null,
): Finding | null {
  let blockPosition: number;
  let start: number;
  let end: number;
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
  };
}
