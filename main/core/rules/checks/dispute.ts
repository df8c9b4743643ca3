import { CONTRACT_TYPES, clauseInReport, hasPublicParty } from './helpers.js';
import { BASIS } from '../basis.js';
import type { TextUnit } from '../text/units.js';
import type { Rule, UnitHit } from '../types.js';
import { inQuotes } from '../text/structure.js';
import { HAND_TO_ARB_RE, aboutContracts, namedCommissionSuit, sameQuotation, statuteWords } from './contract-commentary.js';
import { guarded, matchesIn } from './guarded.js';

/** Arbitration chosen as the way to resolve disputes (not the word in 劳动争议仲裁 or a recital). */
const ARB_RE =
  /(申请|提请|提交|提起|交由|交付|由|向|通过)[^。;\n]{0,20}?仲裁(?!裁决)(?:委员会|院|中心|机构)?(?:[^。;,\n]{0,8}?(?:仲裁|解决))?|仲裁解决|仲裁机构/g;
const COURT_RE = /(向|由|在|到)[^。;\n]{0,24}?法院[^。;\n]{0,8}?(起诉|诉讼|提起|管辖|解决)|提起诉讼|诉讼解决|依法起诉/g;
const ENFORCE_RE = /申请执行|强制执行|撤销.{0,4}裁决|申请撤销|不予执行/;
/** Arbitration only under a clause the parties may agree later: the clause itself chooses the court. */
const LATER_AGREEMENT_RE = /另行(达成|约定|签订|订立)[^。;\n]{0,8}?仲裁(条款|协议)|(达成|签订)[^。;\n]{0,6}?书面仲裁协议的/;
const CHOICE_RE = /下列第.{0,4}种|下列(方式|方法)之一|以下(方式|方法)之一|[□☐]|任选.{0,2}种|选择.{0,4}(一|其一)种/;
/** Tick boxes before the options: the parties tick one at signing. */
const BOX_RE = /[□☐■☑☒✓✔√]/;
const TICKED_RE = /[■☑☒✓✔√]|[(（]\s*[√✓✔]\s*[)）]/g;
/**
 * A court told to arbitrate, or an arbitration body to hear a lawsuit ("提请由当地人民法院仲裁",
 * "向仲裁委员会起诉"): the clause mixes the two ways and chooses neither (仲裁法第18条, 解释第7条).
 */
const MIXED_RE = /法院[^。;；，,\n]{0,4}?仲裁(?!裁决|委员会|机构)|仲裁(委员会|机构|院)[^。;；，,\n]{0,4}?(起诉|提起诉讼)/g;
/**
 * Arbitration that a statute itself sets up beside the courts is not 仲裁法 arbitration (仲裁法第77条):
 * land-contracting disputes may go to the 农村土地承包仲裁委员会 "也可以直接向人民法院起诉"
 * (农村土地承包经营纠纷调解仲裁法第4条), labour and personnel disputes go to arbitration and then to
 * court (劳动争议调解仲裁法第5条). A clause that follows those laws is lawful, not 或裁或诉.
 */
const STATUTORY_ARB_RE =
  /(劳动|人事|劳动人事|劳动争议|人事争议|农村土地承包|土地承包|承包经营|农业承包)[^。;\n]{0,10}?(仲裁|调解仲裁)|调解仲裁法/;
/**
 * Both ways named in one phrase as the method: "通过仲裁或诉讼方式解决", "提起诉讼或者申请仲裁", "诉讼、仲裁均可".
 * Costs and periods of either ("诉讼费、仲裁费", "在仲裁或诉讼期间") are not a choice of forum.
 */
const PAIR_RE = /(仲裁|诉讼|起诉)(或者|或是|或|及|、|\/)(申请|提起|提交)?(仲裁|诉讼|起诉)/g;
const PAIR_NOT_METHOD_AFTER_RE = /^\s*(费|期间|中|过程|程序|时效|阶段|结果|文书|案件|机构的?费用|所?(产生|发生|支出)|而)/;
const COSTS_AFTER_RE = /费|支出|损失|实现债权|主张权利|追偿/;
const PAIR_METHOD_RE = /(通过|采用|采取|以|可|均可|有权|提起|提交|申请|进行|寻求|选择|依法|向)[^。;,，\n]{0,8}$/;
const PAIR_METHOD_AFTER_RE = /^[^。;\n]{0,6}?(方式|解决|途径|均可|处理)/;

/** A mixed pair (one side arbitration, the other a lawsuit) used as the way to resolve disputes. */
function pairAsMethod(text: string): (RegExpMatchArray & { index: number }) | null {
  for (const m of text.matchAll(PAIR_RE)) {
    const a = m[1] === '仲裁';
    const b = m[4] === '仲裁';
    if (a === b) continue;
    const end = m.index + m[0].length;
    if (PAIR_NOT_METHOD_AFTER_RE.test(text.slice(end, end + 8))) continue;
    // "守约方通过诉讼或仲裁方式实现债权所支付的律师费": the costs of enforcing, not a choice of forum.
    if (COSTS_AFTER_RE.test(sentenceOf(text, m.index).slice(0, 200)) && COSTS_AFTER_RE.test(text.slice(end, end + 40))) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!PAIR_METHOD_RE.test(before) && !PAIR_METHOD_AFTER_RE.test(text.slice(end, end + 10))) continue;
    if (STATUTORY_ARB_RE.test(sentenceOf(text, m.index))) continue;
    return m as RegExpMatchArray & { index: number };
  }
  return null;
}

/** The block that opens a dispute clause: names the dispute, or leads in to its ways ("选择以下方式解决："). */
const LEAD_RE = /争议|纠纷|协商不成|(下列|以下|如下)[^。;\n]{0,10}(方式|方法)/;

/**
 * A template's choose-one lead ("按下列第种方式解决", "第____种", "第（1）种"): the parties pick at signing, so
 * the options are not 或裁或诉 — unless two of them are picked ("第1、2种").
 */
// Only a blank, a bracket, a {{placeholder}} or the picked numbers stand between 第 and 种 ("第十条 …以下两种" is not one).
const PICK_RE = /第\s*((?:[\s_＿]|[(（][^)）]{0,6}[)）]|\{\{[^}]{0,20}\}\}|[\d一二三四五六七八九①②③、,，和及])*)\s*种/;
function pickedTwo(context: string): boolean | null {
  const m = PICK_RE.exec(context);
  if (!m || !/下列|以下|如下/.test(context)) return null;
  return /[\d一二三四五六七八九十①②③][^\d一二三四五六七八九十①②③]{1,3}[\d一二三四五六七八九十①②③]/.test(m[1] as string);
}

const NAMED_RE = /([\u4e00-\u9fa5A-Za-z]{1,16})(仲裁委员会|仲裁院|仲裁中心)/g;
const NAMED = guarded('named arbitration commission', NAMED_RE, /仲裁(?:委员会|院|中心)/);
/** Words that end the text before a commission's name (提交北京仲裁委员会 → 北京). */
const NAME_STOP_RE = /^.*(向|提交|提请|交由|交付|申请|由|交|报|到|在|的|或|及)/;
const BLANK_BEFORE_RE = /[_×X ]{2,}$/;

function firstMatch(re: RegExp, text: string, skip?: (m: RegExpMatchArray & { index: number }) => boolean) {
  for (const m of text.matchAll(re)) {
    const mm = m as RegExpMatchArray & { index: number };
    if (!skip || !skip(mm)) return mm;
  }
  return null;
}

function sentenceOf(text: string, i: number): string {
  let s = i;
  while (s > 0 && !'。;\n'.includes(text[s - 1] as string)) s--;
  let e = i;
  while (e < text.length && !'。;\n'.includes(text[e] as string)) e++;
  return text.slice(s, e);
}

const COMMISSION_SUIT_RE = /仲裁(?:委员会|院|中心)[^。;；，,\n法]{0,4}(?:提起|起诉)?$/;

export const disputeBoth: Rule = {
  id: 'contract.dispute-both',
  ref: 'P-DR-BOTH',
  title: '或裁或诉条款',
  types: CONTRACT_TYPES,
  severity: 'must',
  message: '争议解决条款同时约定了仲裁和诉讼（或裁或诉），仲裁协议可能无效',
  basis: BASIS.disputeBoth,
  suggestion: '建议在仲裁与诉讼中明确选择一种争议解决方式：选择仲裁的，写明具体的仲裁委员会名称；选择诉讼的，删除仲裁的表述。',
  check(ctx) {
    const hits: UnitHit[] = [];
    const reported = new Set<number>();
    const units = ctx.units;
    // A commentary, case note or ruling about contracts (round thirteen A): only a clause it quotes counts.
    const about = ctx.structure.genre !== 'report' && aboutContracts(ctx.fullText);
    for (let i = 0; i < units.length; i++) {
      const unit = units[i] as TextUnit;
      const mixed = firstMatch(
        MIXED_RE,
        unit.text,
        (m) => namedCommissionSuit(unit.text, m.index, m[0]) || statuteWords(unit.text, m.index) || ((about || ctx.structure.genre === 'report') && !inQuotes(unit.text, m.index)),
      );
      if (mixed && !reported.has(unit.id)) {
        hits.push({
          unit,
          start: mixed.index,
          end: mixed.index + mixed[0].length,
          message: '争议解决条款把法院和仲裁混为一谈（如“由人民法院仲裁”），未明确选定仲裁或诉讼，约定不明',
        });
        reported.add(unit.id);
        continue;
      }
      if (reported.has(unit.id)) continue;
      // In a judgment or report only a quoted or reported clause counts, not the parties' steps the court tells.
      const quoted = (at: number) =>
        !statuteWords(unit.text, at) && (about ? inQuotes(unit.text, at) : clauseInReport(ctx, unit, at, sentenceOf(unit.text, at)));
      const pair = pairAsMethod(unit.text);
      if (pair && !quoted(pair.index)) continue;
      if (pair) {
        hits.push({ unit, start: pair.index, end: pair.index + pair[0].length });
        reported.add(unit.id);
        continue;
      }
      // In a text about contracts the first arbitration it quotes, not the first it mentions.
      const skipArb = (m: { index: number }) => (about || ctx.structure.genre === 'report') && !quoted(m.index);
      const arb =
        firstMatch(ARB_RE, unit.text, (m) => STATUTORY_ARB_RE.test(sentenceOf(unit.text, m.index)) || skipArb(m)) ??
        firstMatch(HAND_TO_ARB_RE, unit.text, skipArb);
      if (!arb || !quoted(arb.index)) continue;
      // The clause may continue in the next block (heading + body, or two numbered options), and may have
      // begun in the blocks before (the court named first, or the lead-in of a list of options): those
      // count back to the block that names the dispute (争议/纠纷), at most two.
      const lead: TextUnit[] = [];
      for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
        const u = units[j] as TextUnit;
        lead.unshift(u);
        if (LEAD_RE.test(u.text)) break;
        if (j === i - 2) lead.length = 0;
      }
      if (lead.length && !LEAD_RE.test((lead[0] as TextUnit).text)) lead.length = 0;
      const window = [...lead, unit, units[i + 1], units[i + 2]].filter((u): u is TextUnit => u !== undefined);
      let court: { unit: TextUnit; m: RegExpMatchArray & { index: number } } | null = null;
      // A quoted clause (round thirteen A): its court stands in the same quotation, not in the text around it.
      const quotedClause = (about || ctx.structure.genre === 'report') && inQuotes(unit.text, arb.index);
      for (const u of quotedClause ? [unit] : window) {
        const m = firstMatch(
          COURT_RE,
          u.text,
          (mm) =>
            ENFORCE_RE.test(sentenceOf(u.text, mm.index)) ||
            statuteWords(u.text, mm.index) ||
            // "向某市仲裁委员会提起诉讼": the suit is brought to the commission, no court is named (round thirteen A).
            COMMISSION_SUIT_RE.test(u.text.slice(Math.max(0, mm.index - 12), mm.index + 2)) ||
            (quotedClause && !sameQuotation(unit.text, arb.index, u.text, mm.index, true)),
        );
        if (m) {
          court = { unit: u, m };
          break;
        }
      }
      if (!court) continue;
      const context = window.map((u) => u.text).join('\n');
      if (LATER_AGREEMENT_RE.test(context)) continue;
      const sameUnit = court.unit === unit;
      const end = sameUnit ? Math.max(arb.index + arb[0].length, court.m.index + court.m[0].length) : arb.index + arb[0].length;
      const start = sameUnit ? Math.min(arb.index, court.m.index) : arb.index;
      const appeal = /不服.{0,8}(仲裁|裁决)|(仲裁|裁决).{0,12}不服/.test(context);
      // A template's "按下列第种方式解决": a choice made at signing, reported as a blank if left empty.
      const picked = pickedTwo(context);
      if (picked === false) {
        for (const u of window) reported.add(u.id);
        continue;
      }
      const choice = picked === null && CHOICE_RE.test(context);
      // Options with tick boxes are a choice made at signing, not 或裁或诉: nothing ticked yet is a
      // blank of the draft; one ticked is a clear choice; only two or more ticked mix the two ways.
      if (BOX_RE.test(context)) {
        for (const u of window) reported.add(u.id);
        if ((context.match(TICKED_RE) ?? []).length < 2) continue;
        hits.push({ unit, start, end, message: '争议解决方式的选项中同时勾选了仲裁和诉讼（或裁或诉），仲裁协议可能无效' });
        continue;
      }
      hits.push({
        unit,
        start,
        end,
        ...(choice
          ? {
              severity: 'hint' as const,
              message: '争议解决条款并列了仲裁和诉讼两种方式供选择，请确认双方已明确选定其中一种',
            }
          : appeal
            ? { severity: 'should' as const, message: '约定对仲裁裁决不服可再向法院起诉，与仲裁一裁终局不符，仲裁协议效力存疑' }
            : {}),
      });
      for (const u of window) reported.add(u.id);
    }
    return hits;
  },
};

export const arbitrationNoCommission: Rule = {
  id: 'dispute.no-arbitration-commission',
  ref: 'P-DR-ARBNAME',
  title: '仲裁条款未写明仲裁委员会',
  types: CONTRACT_TYPES,
  severity: 'should',
  message: '约定了仲裁，但未写明选定的仲裁委员会',
  basis: BASIS.arbName,
  suggestion: '建议写明具体的仲裁委员会名称（如“××仲裁委员会”），否则仲裁协议可能因约定不明而无效。',
  check(ctx) {
    if (/劳动争议仲裁|劳动人事争议仲裁/.test(ctx.fullText) && !/商事|合同争议/.test(ctx.fullText)) return [];
    let first: UnitHit | null = null;
    for (const unit of ctx.units) {
      const arb = firstMatch(ARB_RE, unit.text, (m) => STATUTORY_ARB_RE.test(sentenceOf(unit.text, m.index)));
      if (arb && !first) first = { unit, start: arb.index, end: arb.index + arb[0].length };
      for (const m of matchesIn(unit.text, NAMED)) {
        const name = (m[1] as string).replace(NAME_STOP_RE, '');
        const before = unit.text.slice(Math.max(0, m.index - 6), m.index + (m[1] as string).length - name.length);
        if (name.length >= 2 || BLANK_BEFORE_RE.test(before)) return [];
      }
    }
    return first ? [first] : [];
  },
};

export const adminArbitration: Rule = {
  id: 'dispute.admin-agreement-arbitration',
  ref: 'P-DR-ADMIN',
  title: '行政协议约定仲裁',
  types: ['contract'],
  severity: 'hint',
  message: '一方为行政机关，如本协议属于行政协议，其中的仲裁条款无效',
  basis: BASIS.adminArbitration,
  suggestion: '请判断本协议是否属于行政协议；属于的，建议删除仲裁条款，约定依法提起行政诉讼。',
  check(ctx) {
    const head = ctx.fullText.slice(0, 3000);
    if (!ctx.options.administrativeAgreement && !hasPublicParty(head)) return [];
    for (const unit of ctx.units) {
      const arb = firstMatch(ARB_RE, unit.text);
      if (!arb) continue;
      return [
        {
          unit,
          start: arb.index,
          end: arb.index + arb[0].length,
          ...(ctx.options.administrativeAgreement
            ? { severity: 'must' as const, message: '行政协议约定了仲裁条款，该条款无效' }
            : {}),
        },
      ];
    }
    return [];
  },
};
