/**
 * Round fourteen, issue 13: a married woman's membership taken away by the collective, told as what happened — "在一次
 * 村民会议后，轻易被剥夺村民资格" with the reason given in the lines after ("剥夺资格的理由…女子已婚，是出嫁女"),
 * "股东大会表决取消了她的成员资格", "村委会注销了她们的社员身份". By meaning: the loss of membership itself (剥夺, 取消,
 * 注销, 开除村籍, 除名) by a collective body or suffered by her (被/遭), and her marriage told in the same sentence or in
 * the units within 160 characters on either side (a bare 已婚/结婚 only in the sentence itself: "已婚育龄妇女" is family
 * planning's word). 妇女权益保障法第55条, 组织法第27条: a village body may not take a woman's membership away because
 * she married. Not: the law forbidding it ("不得以…为由剥夺"), a court undoing it, a loss with no marriage near
 * (户口迁出, 死亡), a question.
 */
import type { CheckContext, UnitHit } from '../types.js';

const STRIP_RE =
  /(剥夺|取消|注销|清除|开除|除名|清退)[^。;,，\n]{0,10}?(村民|成员|社员|股东|组员|股民|村籍|集体经济组织成员)(的)?(资格|身份|待遇)?|(村民|成员|社员|股东|组员|集体经济组织成员)(资格|身份)[^。;,，\n]{0,4}?(剥夺|取消|注销|清除)/g;
/** Who took it: a collective body, or the woman as the one it was done to. */
const BY_COLLECTIVE_RE = /村民会议|村民大会|村民代表|股东大会|股东代表|社员大会|户代表|村委|村两委|村民小组|村组|小组|村集体|合作社|表决|投票|决议|会议|被|遭/;
const WOMAN_RE = /女|她|妻|媳|闺女|姑娘/;
const PROTECTED_RE = /不得|不能以|不因|无权|违法|非法|侵害|侵犯|违反|无效|撤销|判决|支持|胜诉|纠正|恢复|[?？]|为什么|凭什么/;
/** How far (characters, across units) on either side the reason may be told. */
const REACH = 160;

/** The text of the units around `id`, up to REACH characters each side. */
function around(ctx: CheckContext, id: number): string {
  const parts = [ctx.units[id]?.text ?? ''];
  for (let i = id - 1, n = 0; i >= 0 && n < REACH; i--) {
    const t = ctx.units[i]?.text ?? '';
    parts.unshift(t);
    n += t.length;
  }
  for (let i = id + 1, n = 0; i < ctx.units.length && n < REACH; i++) {
    const t = ctx.units[i]?.text ?? '';
    parts.push(t);
    n += t.length;
  }
  return parts.join('\n');
}

export function strippedMembership(ctx: CheckContext, marriage: RegExp, taken: readonly UnitHit[]): UnitHit[] {
  const hits: UnitHit[] = [];
  for (const unit of ctx.units) {
    if (taken.some((h) => h.unit === unit) || !/剥夺|取消|注销|清除|开除|除名|清退/.test(unit.text)) continue;
    for (const m of unit.text.matchAll(STRIP_RE)) {
      let from = m.index;
      while (from > 0 && !'。!?！？;；\n'.includes(unit.text[from - 1] as string)) from--;
      let to = m.index + m[0].length;
      while (to < unit.text.length && !'。!?！？;；\n'.includes(unit.text[to] as string)) to++;
      const sentence = unit.text.slice(from, to);
      if (!BY_COLLECTIVE_RE.test(sentence) || PROTECTED_RE.test(sentence)) continue;
      const near = around(ctx, unit.id);
      marriage.lastIndex = 0;
      if (!marriage.test(sentence) && !/已婚|婚后|结婚/.test(sentence) && !(marriage.test(near) && (WOMAN_RE.test(near) || near.includes('嫁')))) continue;
      hits.push({ unit, start: m.index, end: m.index + m[0].length });
      break;
    }
  }
  return hits;
}
