import { VILLAGE_TYPES, clauseInReport } from './helpers.js';
import { inQuotes } from '../text/structure.js';
import { BASIS } from '../basis.js';
import { sentences } from '../text/units.js';
import type { Rule, UnitHit } from '../types.js';
import { MORE_LOSS, categoryBefore, collectiveRefusal } from './village-women-more.js';
import { strippedMembership } from './village-women-membership.js';

/**
 * By meaning, not by listing phrasings: a clause that ties a change of marital status or of where
 * a woman married (嫁出、与外村男子结婚、离婚、丧偶、入赘/男到女家) to losing a member's right
 * (不享受、不参与、不能分、取消、收回、脱产 …), in either order, within one sentence.
 */
const MARRIAGE =
  // 离异 for 离婚; 农嫁居/农嫁城 (married to a town resident); a woman named, then 结婚/婚后 ("本村女青年婚后…").
  '离异|农嫁居|农嫁城|嫁城|(女儿|女子|妇女|姑娘|女青年|女孩|女性|闺女|女方)[^。;,\\n]{0,6}?(结婚|婚后)|' +
  // Round twelve (A): every name of the status — 婚出 (Guangdong's word), 改嫁/再婚 (a woman's new marriage; a spouse's
  // 再婚 in 民法典第51条 is no such status), 招赘, women married into the village (嫁入/嫁进/嫁来: 第55条 protects them
  // alike), 寡妇/守寡.
  '婚出|改嫁|(妇女|女子|女方|女儿|寡妇|丧偶|离婚|离异)[^。;,\\n]{0,6}?再婚|再婚(的)?(妇女|女子|女方|女)|招赘|嫁入|嫁进|嫁来|寡妇|守寡|' +
  '外嫁|出嫁|(女儿|女子|妇女|女)婚嫁|嫁出|嫁到|嫁往|嫁给|嫁入外|外嫁女|出嫁女|嫁出去的|离婚|丧偶|户无男|纯女户|入赘|招郎|招婿|上门女婿|倒插门|男到女家|农嫁非|' +
  '与[^。;\\n]{0,10}?(外村|外乡|外地|外县|外省|非本村|非本组|城镇|城市|非农)[^。;\\n]{0,6}?(男|女)?[^。;\\n]{0,4}?结婚|结婚后[^。;\\n]{0,8}?(户口|户籍)';
const LOSS =
  '不享受|不得享受|不再享受|不能享受|仍不能|不享有|不再享有|无权|不参与|不参加|不能参与|不得参与|不分配|不予分配|不再分配|不参与分配|' +
  '不能分|不分给|排除|取消|收回|减半|不予|不能|停止|只享受|按.{0,4}折|迁出户口|户口迁出|必须迁出|脱产|一律调整|不具有[^。;\\n]{0,6}?资格|不再具有|' +
  // The loss as an exception or a stop: "…平均分配，出嫁女除外", "不计入分红人口", "福利待遇一律停发", "视为自动放弃".
  '(?<!规定的?|约定的?)除外|不计入|不列入|不纳入|停发|停止发放|不发给|不发放|视为[^。;\\n]{0,4}?放弃|自动放弃|不配股|不得配股|不再配股|不(予)?配置|不(予)?享有股|不享受股|' +
  // "不再" before any of the member's rights: 不再参与分配, 不再分得, 不再参加.
  '不再(参与|参加|分配|分得|分给|列入)|' +
  // A share cut down or a right barred: 按50%享受, 享受一半, 只分口粮田不分红, 不得分配宅基地, 子女不得落户.
  // 享受…待遇的50%, 分配按三成.
  '(享受|分配|分得|发放)[^。;\\n]{0,10}?(\\d+\\s*[%％]|百分之[一二三四五六七八九十]+)|(户口|户籍)[^。;\\n]{0,4}?(须|应|应当|必须|一律|要)迁出|(户口|户籍)[^。;\\n]{0,4}?(不得|不能|不准|不予)(落|迁入|登记|入)|' +
  '按[^。;\\n]{0,6}?(\\d+\\s*[%％]|[一二三四五六七八九]成|百分之[一二三四五六七八九十]+)|一半|半份|不分红|不参与分红|只分|' +
  '不得(在本[村组社])?(分配|分得|享有|落户|参加|申请|划分)|不予(落户|入户|安排)|' +
  // Membership itself taken away: 不再属于本村成员, 不是本组组员, 丧失成员资格.
  // Round twelve (A): a consent or a waiting period put before the right ("须经村民代表会议同意方可", "满五年方可"), the
  // share taken back to the collective or not arranged ("收归集体", "不再安排").
  '(须|需|需要|必须|应)经[^。;\\n]{0,16}?(同意|通过|讨论|表决|批准)|满[^。;\\n]{0,6}?年[^。;\\n]{0,4}?方(可|能)|收归|归(村)?集体所有|调出|(不再|不予)安排|' +
  '不再(属于|是)[^。;\\n]{0,8}?(成员|村民|组员|社员|本[村组社])|不(属于|是)本[村组社][^。;\\n]{0,4}?(成员|村民|组员|社员|人)|丧失[^。;\\n]{0,8}?(成员|资格|身份|村民)';
const MARRIAGE_RE = new RegExp(MARRIAGE, 'g');
const LOSS_RE = new RegExp(`${LOSS}|${MORE_LOSS}`);
/** Protective or prohibitive sentences ("不得以妇女未婚、结婚、离婚…为由侵害…"). */
// "妇女结婚…发包方不得收回其原承包地" (农村土地承包法第31条 quoted): the loss forbidden is a protection.
const PROTECTIVE_RE = /不得(收回|剥夺|侵害|侵犯|取消|强迫)|不因|平等|同等|不得以.{0,30}为由|依法享有|依法保障|保障.{0,10}(权益|权利)|侵害|歧视|一视同仁|与.{0,10}(相同|一样)|违反|无效|抵触|支持了|胜诉/;
/**
 * A writer's generalisation about rules at large, listing them as problems: "大多数村规民约存在着‘合法性危机’，与法律法规
 * 颇多冲突，如农村外嫁的姑娘必须收回土地，上门女婿不能分地等问题" — commentary on many villages, no village's clause.
 */
const GENERALISATION_RE =
  /(大多数|许多|不少|很多|一些|部分|有些|有的|个别)(地方|地区|农村|村庄|村|村规民约|村规|村民自治章程|章程)[^。;\n]{0,24}?(存在|出现|普遍|往往|常常|常见)|[与和同][^。;\n]{0,10}(冲突|相冲突|相违背|相悖)|合法性危机|等(问题|现象|情形|做法|乱象)/;
const QUESTION_RE = /为什么|为何|凭什么|怎么能|难道|[吗呢][?？]?\s*[”"]?$|[?？]/;
/**
 * Round eleven: a decision of the collective reported with its content — "在村民大会上，多数村民表决，决定不分钱给她",
 * "股东大会投票通过，取消她们的分红资格" — is an act of self-government excluding the women (村民委员会组织法第27条,
 * 妇女权益保障法第55条), even where the married-out status is told in a sentence before it in the same paragraph.
 */
const DECISION_RE =
  /(表决|投票|决议|决定|讨论通过|会议通过|大会通过)[^。;\n]{0,16}?(不分[钱款地粮]?给?|不给|不予(分配|发放|分|补偿|安置)|不发给?|取消|收回|不享受|不能享受|不参与|不参加|不得(分配|享受|享有|参与))(?:[^。;,，\n]{0,6}?(她们|她|外嫁女|出嫁女))?/g;
const COLLECTIVE_RE = /村民|股东|社员|村委|村两委|代表大会|户代表|村集体|村组|小组|多数|全体|大会|会议/;
const WOMAN_RE = /她|外嫁女|出嫁女|妇女|女儿|女子/;
/** A court's or a lawyer's count of cases ("接近九成遭遇了败诉或不予受理") tells outcomes, not a village's clause. */
const CASE_OUTCOME_RE = /败诉|不予受理|不予立案|驳回|案件中/;
/** How far apart the two halves may stand inside one sentence. */
const NEAR = 60;

export const villageMarriedOutWomen: Rule = {
  id: 'village-rules.married-out-women',
  ref: 'P-VR-WOMEN',
  title: '侵害外嫁女等妇女权益',
  types: VILLAGE_TYPES,
  severity: 'must',
  message: '以结婚、离婚、丧偶、入赘等为由限制或取消集体经济组织成员权益',
  basis: BASIS.women,
  suggestion:
    '建议删除该条款。不得以妇女未婚、结婚、离婚、丧偶、户无男性等为由，侵害妇女在农村集体经济组织中的各项权益；因结婚到女方落户的男方及其子女享有平等权益。',
  check(ctx) {
    const hits: UnitHit[] = [];
    for (const unit of ctx.units) {
      for (const s of sentences(unit.text)) {
        const sentence = unit.text.slice(s.start, s.end);
        for (const m of sentence.matchAll(MARRIAGE_RE)) {
          // A quoted clause is judged on its own words: the reporter's "与法律相抵触" around it
          // does not make the quoted clause protective.
          const quoted = inQuotes(unit.text, s.start + m.index) ? quotedSpan(sentence, m.index) : null;
          // A status filed as a category ("被归类为“…离婚人员”") is read with the sentence around it.
          const span = quoted && categoryBefore(sentence, quoted.start) ? null : quoted;
          // A word set in quotes is a term, not a quoted clause: it counts as the object of a loss told before
          // it ("方案排除了…几名“外嫁女”分配的权利"), not as the subject of a rule told after it ("有些地方的村规
          // 规定，“外嫁女”不能…": the reporter's generalisation).
          const term = span !== null && span.end - span.start <= 6;
          const quote = term ? null : span;
          const scope = quote ? sentence.slice(quote.start, quote.end) : sentence;
          // A question ("离异女户口在本村为什么不能享受拆迁待遇") asks about a rule; it states none.
          if (PROTECTIVE_RE.test(scope) || QUESTION_RE.test(scope) || (!quote && (GENERALISATION_RE.test(sentence) || CASE_OUTCOME_RE.test(sentence)))) continue;
          const from = Math.max(quote?.start ?? 0, m.index - NEAR);
          const to = term ? Math.max(from, (span as { start: number }).start - 1) : Math.min(quote?.end ?? sentence.length, m.index + m[0].length + NEAR);
          const loss = LOSS_RE.exec(sentence.slice(from, to));
          if (!loss) continue;
          const at = s.start + m.index;
          if (!clauseInReport(ctx, unit, at, sentence) && !collectiveRefusal(sentence)) continue;
          const lossAt = s.start + from + loss.index;
          hits.push({ unit, start: Math.min(at, lossAt), end: Math.max(at + m[0].length, lossAt + loss[0].length) });
          break;
        }
      }
    }
    for (const unit of ctx.units) {
      if (hits.some((h) => h.unit === unit)) continue;
      for (const m of unit.text.matchAll(DECISION_RE)) {
        const sentence = sentenceAt(unit.text, m.index);
        // The married-out status told in this sentence or shortly before it in the paragraph.
        const before = unit.text.slice(Math.max(0, m.index - 160), m.index);
        const marriage = new RegExp(MARRIAGE).test(before + sentence.text);
        if (!marriage || !COLLECTIVE_RE.test(sentence.text) || !WOMAN_RE.test(before.slice(-80) + sentence.text)) continue;
        if (PROTECTIVE_RE.test(sentence.text) || QUESTION_RE.test(sentence.text) || GENERALISATION_RE.test(sentence.text)) continue;
        hits.push({ unit, start: m.index, end: m.index + m[0].length });
        break;
      }
    }
    return [...hits, ...strippedMembership(ctx, new RegExp(MARRIAGE), hits)];
  },
};

/** The sentence of `text` around `index` (to the stops 。！？; and line ends). */
function sentenceAt(text: string, index: number): { start: number; text: string } {
  let s = index;
  while (s > 0 && !'。!?！？;；\n'.includes(text[s - 1] as string)) s--;
  let e = index;
  while (e < text.length && !'。!?！？;；\n'.includes(text[e] as string)) e++;
  return { start: s, text: text.slice(s, e) };
}

/** The quotation (“…”) around `index` in `text`. */
function quotedSpan(text: string, index: number): { start: number; end: number } {
  let s = index;
  while (s > 0 && !'“「"'.includes(text[s - 1] as string)) s--;
  let e = index;
  while (e < text.length && !'”」"'.includes(text[e] as string)) e++;
  return { start: s, end: e };
}
