/**
 * Round thirteen (B), issue 13: where a missing validity period shows. A text that puts itself in force with no end
 * ("本通告自发布之日起施行", "自即日起实施", "本规定自2020年1月1日起施行") has the clause where the period belongs (国办发
 * 〔2018〕37号: 施行日期和有效期 stand together); the finding anchors there so the reviewer sees what to complete. With no
 * such clause it stays on the title. "长期有效" / "永久有效" is no period: the finding stands on that clause (it was the
 * over-five-years rule's until round thirteen B; a text with no end owes a period, it does not exceed one).
 */
import type { CheckContext, UnitHit } from '../types.js';

// Round sixteen: also 从/于 for 自 ("本通告从发布之日起施行") and the slip "本通告之发布之日起施行".
const IN_FORCE_RE =
  /(自|从|于|(?<=本[\u4e00-\u9fa5]{1,4})之)\s*(即日|发布之日|印发之日|公布之日|公告之日|通告之日|颁布之日|下发之日|发文之日|签发之日|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号])\s*(起)?\s*(施行|实施|执行|生效|开始施行|开始实施|开始执行)/;

/** "长期有效", "永久有效", "长期执行": a period refused in so many words — no period either. */
const PERPETUAL_RE = /长期有效|永久有效|长期执行/;

/** Every in-force clause has one of these verbs: units without one are not read (the clause's 于/之 are everywhere). */
const VERB_RE = /施行|实施|执行|生效/;
const FOUND = new WeakMap<CheckContext, UnitHit | null>();

/** The clause, found once per document (the validity rule asks twice: whether the text reads as one, and where). */
export function inForceClause(ctx: CheckContext): UnitHit | null {
  if (!FOUND.has(ctx)) FOUND.set(ctx, findInForce(ctx));
  return FOUND.get(ctx) as UnitHit | null;
}

function findInForce(ctx: CheckContext): UnitHit | null {
  const perpetual = ctx.units.find((u) => PERPETUAL_RE.test(u.text));
  for (const unit of perpetual ? [perpetual] : ctx.units) {
    if (perpetual !== unit && !VERB_RE.test(unit.text)) continue;
    const m = perpetual === unit ? PERPETUAL_RE.exec(unit.text) : IN_FORCE_RE.exec(unit.text);
    if (!m) continue;
    let start = m.index;
    while (start > 0 && !'。;；!！?？\n'.includes(unit.text[start - 1] as string)) start--;
    while (start < m.index && /\s/.test(unit.text[start] as string)) start++;
    let end = m.index + m[0].length;
    while (end < unit.text.length && !'。;；!！?？\n'.includes(unit.text[end] as string)) end++;
    // A long preamble sentence ("…，现将有关事项通告如下，自即日起施行") keeps only its last clauses.
    if (m.index - start > 60) start = m.index - Math.min(m.index - start, 20);
    return { unit, start, end };
  }
  return null;
}
