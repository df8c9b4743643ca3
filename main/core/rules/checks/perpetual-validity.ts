/**
 * Round thirteen (A), issue 13: "长期有效", "永久有效", "长期执行" set no validity period at all — a normative document
 * that says so has none (规范性文件有效期一般不超过5年), so it is the no-validity rule's case, reported on the sentence
 * that says it, not a period longer than five years.
 */
import type { CheckContext, UnitHit } from '../types.js';

export const PERPETUAL_ONLY_RE = /^(?:长期有效|永久有效|长期执行)$/;
const PERPETUAL_RE = /长期有效|永久有效|长期执行/;

/** The sentence that calls the text perpetual, as the no-validity finding's place. */
export function perpetualStatement(ctx: CheckContext): UnitHit | null {
  for (const unit of ctx.units) {
    const m = PERPETUAL_RE.exec(unit.text);
    if (!m) continue;
    let s = m.index;
    while (s > 0 && !'。;；\n\u001f'.includes(unit.text[s - 1] as string)) s--;
    while (s < m.index && /\s/.test(unit.text[s] as string)) s++;
    return {
      unit,
      start: s,
      end: m.index + m[0].length,
      message: `规定“${m[0]}”，未载明有效期限`,
    };
  }
  return null;
}
