import type { MatterType } from '../../../../shared/domain/matter.js';
import { MATTER_TYPES } from '../../../../shared/domain/matter.js';
import { OWN_ARTICLE_RE } from '../document-kind.js';
import { CLAUSE_NUMBER_RE, inQuotes } from '../text/structure.js';
import type { TextUnit } from '../text/units.js';
import type { CheckContext, UnitHit } from '../types.js';
import type { Guarded } from './guarded.js';
import { reportsActionsDone, reportsRuleContent } from './reported-speech.js';

export const ALL_TYPES: readonly MatterType[] = MATTER_TYPES;
export const VILLAGE_TYPES: readonly MatterType[] = [
  'village.charter',
  'village.rules',
  'village.contract',
  'village.project',
  'village.other',
];
export const VILLAGE_RULES_TYPES: readonly MatterType[] = ['village.rules', 'village.charter'];
export const CONTRACT_TYPES: readonly MatterType[] = ['contract', 'village.contract'];
/** Contracts and the village matters that are often leases/contracting (项目承包, 集体资产出租 decisions). */
export const LEASE_TYPES: readonly MatterType[] = ['contract', 'village.contract', 'village.project', 'village.other'];

/** Boundaries of the sentence (。；;!?\n) around `index`. */
export function sentenceAround(text: string, index: number): { start: number; end: number } {
  let s = index;
  while (s > 0 && !'。;!?\n'.includes(text[s - 1] as string)) s--;
  let e = index;
  while (e < text.length && !'。;!?\n'.includes(text[e] as string)) e++;
  if (e < text.length) e++;
  return { start: s, end: e };
}

/** Boundaries of the clause (sentence, also split at commas and 、) around `index`. */
export function clauseAround(text: string, index: number): { start: number; end: number } {
  let s = index;
  while (s > 0 && !'。;!?\n,:'.includes(text[s - 1] as string)) s--;
  let e = index;
  while (e < text.length && !'。;!?\n,:'.includes(text[e] as string)) e++;
  return { start: s, end: e };
}

/** A hit from a regex match in a unit. */
export function hitOf(unit: TextUnit, start: number, end: number, extra: Partial<UnitHit> = {}): UnitHit {
  return { unit, start, end, ...extra };
}

/**
 * Run `pattern` (global) over every unit and let `accept` turn a match into a hit (or drop it).
 * `accept` gets the match and the text of its sentence. A guarded pattern (guarded.ts) runs only on the units
 * its guard holds in — the words every match needs — so the others are skipped unread.
 */
export function scan(
  ctx: CheckContext,
  pattern: RegExp | Guarded,
  accept: (m: RegExpMatchArray & { index: number }, unit: TextUnit, sentence: string) => UnitHit | null,
  options: { oncePerSentence?: boolean } = {},
): UnitHit[] {
  const { re, guard } = pattern instanceof RegExp ? { re: pattern, guard: undefined } : pattern;
  const hits: UnitHit[] = [];
  // What text.matchAll(re) does for each unit, with one copy of the pattern for the whole scan instead of one per
  // unit: matchAll's copy and iterator cost about 0.8 µs a unit, most of a scan where the pattern rarely matches.
  // The copy is private (accept may use `re` itself) and starts where matchAll would, at re.lastIndex.
  // (matchAll refuses a pattern without g; an exec loop over one would never end.)
  if (!re.global) throw new TypeError(`scan needs a global pattern: /${re.source.slice(0, 40)}/`);
  const own = new RegExp(re);
  const unicode = /[uv]/.test(own.flags);
  for (const unit of ctx.units) {
    // A unit with none of the words every match needs cannot match: skip the (costly) full pattern there.
    if (guard && !guard.test(unit.text)) continue;
    let lastSentence = -1;
    own.lastIndex = re.lastIndex;
    for (let m = own.exec(unit.text); m !== null; m = own.exec(unit.text)) {
      // An empty match moves on by one character, as matchAll does.
      if (m[0] === '') own.lastIndex = advance(unit.text, own.lastIndex, unicode);
      const s = sentenceAround(unit.text, m.index);
      if (options.oncePerSentence && s.start === lastSentence) continue;
      const hit = accept(m as RegExpMatchArray & { index: number }, unit, unit.text.slice(s.start, s.end));
      if (hit) {
        hits.push(hit);
        lastSentence = s.start;
      }
    }
  }
  return hits;
}

/** The index after `index` (a whole surrogate pair with the u or v flag), as String.prototype.matchAll advances. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** True if the words just before `index` negate or forbid (不得/禁止/严禁/不准/杜绝/防止). */
export function negatedBefore(text: string, index: number, window = 16): boolean {
  const before = text.slice(Math.max(0, index - window), index);
  // 无权/并无 deny the power ("村规民约本无权设定罚款"); 从未/未曾 deny that it ever happened ("从未扣留过任何人").
  const m = /(不得|禁止|严禁|不准|不许|杜绝|防止|不能|不应|避免|制止|反对|坚决|无权|并无|从未|从没|未曾|不曾)[^,。;]*$/.exec(before);
  // "不得乱倒乱放、违者处1000元罚款": the sanction for breaking the prohibition is not negated by it.
  return m !== null && !/违者|违反|否则|如有/.test(m[0]);
}

/** The sentence cites a legal source for what it says (依照《…》, 依法, 根据…规定). */
export function citesBasis(sentence: string): boolean {
  // A statute quoted by its article ("《中华人民共和国行政处罚法》第九条规定：…") speaks in the statute's words;
  // "违反《…》第X条规定的，处…" is the text's own sanction and is not a citation.
  if (STATUTE_QUOTED_RE.test(sentence)) return true;
  return /(依照|依据|根据|按照|依)\s*《|依法|法律、法规|法律法规|有关规定|相关规定|由.{0,12}(机关|部门).{0,8}(处理|处罚|查处|实施)/.test(sentence);
}

const STATUTE_QUOTED_RE =
  /(?<!违反|违背|不符合)《[^《》]{2,40}(法|条例|规定|办法|规则|决定)》第[一二三四五六七八九十百零〇\d]+条(第[一二三四五六七八九十\d]+款)?(的)?(规定|明确)?\s*[:：,，“"]/;

/** A 政府/机关/事业单位 party appears in the text (for rules that only bind public buyers). */
export function hasPublicParty(text: string): boolean {
  return /(人民政府|街道办事处|管理委员会|管委会|事业单位|机关|[^\s,:]{1,8}(局|委员会|办公室)\s*[(（]?(甲方|采购人|发包人))/.test(text);
}

/**
 * "X规定：…", "方案中明确：…", "决议，嫁出去的…": a sentence that states what a specific provision says.
 * A newspaper or site in 《》 ("《澎湃新闻》指出") is a reporter speaking, not a document.
 */
const PROVISION_RE = new RegExp(
  [
    '》(?<!《[^《》]{0,8}(?:报|新闻|周刊|杂志|网|电视台|之声|观察|在线)》)(称|要求|提出|规定|明确|强调|指出)|拟规定|(规定|约定|明确|载明|写明)(了)?[：:“"]|(规定|约定)(了)?[^。；，,]{0,3}(“|")',
    '(决议|决定|方案|规约|民约|章程)(中|里)?[”"》]?[，,：:]|方案(排除|规定|明确|将)|决定中',
    // A collective decision told by what it did: "通过村民代表会议表决，将外嫁女及其子女排除在外".
    '(表决|表决通过|作出决议|形成决议)[，,\\s]*(将|把)',
    // A sign quoted: "警示牌上说村子禁止一切外来车辆进入，如果有违反者将罚款500元".
    '(警示牌|告示牌|告示|公告牌|牌子|横幅)上?(说|写着|写道|称|显示)',
    // "修改村规民约来限制这种现象，规定，…": the document named, a clause of purpose, then 规定.
    '(规约|民约|章程|决议|方案)[^。；;]{0,20}?[，,](并)?(规定|明确)[，,：:]',
    // The document named, then what it says: "村规民约就规定，…", "章程中明确，…", "分配方案也写明，…".
    '(规约|民约|章程|决议|方案|文件|细则|办法|会议记录|纪要)[^。；，,“”"]{0,4}?(规定|明确|载明|写明)[，,：:]',
    // An unwritten rule named as the source: "按照村里的规矩，嫁出去的女儿不能再分地", "按村里的土政策，…".
    '(按照|依照|根据|按)[^。；，,]{0,8}(规矩|土政策|老规矩|惯例|村规)[，,]',
    // An announcement told with its words (round ten B): "由村委会主任在村广播室向村民宣布：从现在起，…一律罚款50元".
    '(宣布|宣告|宣读|广播|张贴|贴出)[^。；;：:“”"]{0,6}[：:]',
    // A named kind of document told with what it asks (round fifteen): "据了解，措施鼓励政府采购优先采购本地产品".
    '(措施|意见|办法|方案|细则|规定|通知|通告|文件)(还|也|中|里)?(鼓励|要求|提出|明确|规定|强调|指出|提到)',
    // A document named as the source, then a colon: "依据地方文件：…", "会议纪要：…".
    '(文件|细则|办法|通知|会议记录|纪要)(中|里)?[”"》]?[：:]',
  ].join('|'),
);

/** An essayist speaking of himself: his example or his view is commentary, in whatever kind of document. */
const ESSAY_VOICE_RE = /笔者|本文(认为|以为|建议|主张)|值得商榷/;

/** A source named as a kind, not as one document: 一些村, 有的地方, 部分村规民约, 个别乡镇. */
const GENERIC_SOURCE_RE =
  /(一些|有些|有的|部分|个别|不少|许多|很多|某些)(农村|村庄|村委会|村集体|村规民约|村民自治章程|村(?![民组])|地方|地区|乡镇|集体经济组织|文件|规范性文件)/;

/**
 * Content rules that "set" (fines, 外嫁女, licences, coercion, local preference …) apply this at every place: in an
 * instrument (document-kind.ts) every sentence of its own is a provision; in text about instruments (news, Q&A,
 * explainer, judgment) and in the stretches of any page that speak about them (its frame, its Q&A lines) only what
 * the text quotes or reports as the content of a specific document is a clause — the journalist's, the answerer's,
 * the essayist's or the court's own sentences are not.
 */
export function clauseInReport(ctx: CheckContext, unit: TextUnit, index: number, sentence: string): boolean {
  const { kind } = ctx.structure;
  const stretch = kind.stretches.get(unit.charBlock[index] ?? (unit.blockPositions[0] as number));
  if (stretch === 'frame') return false;
  // Round seventeen: a tally of enforcement already done reports actions, in any kind of page; a named document's
  // content reported after 规定/写明/约定 is that document's clause (reported-speech.ts).
  if (reportsActionsDone(sentence)) return false;
  if (kind.sets && stretch === undefined) return !ESSAY_VOICE_RE.test(sentence);
  // The headline of a report is no clause ("某村的“罚款公约”引争议").
  if (!kind.sets && unit.blockPositions.includes(ctx.structure.titlePos ?? -1) && unit.text.length <= 60) return false;
  // "一些村的村规民约规定，…", "有的地方规定…": a kind of drafting described, no specific document's content.
  if (GENERIC_SOURCE_RE.test(unit.text.slice(sentenceAround(unit.text, index).start, index))) return false;
  // A quotation is the document's words; a document's nickname in quotes ("村里的“罚款公约”引发争议") is the writer's.
  if (inQuotes(unit.text, index) && !quotedName(unit.text, index)) return true;
  // An instrument's own article quoted whole in a report ("第五条 乱倒垃圾的，罚款200元。" under "附：某村村规民约")
  // is the content of a specific document.
  if (stretch === undefined && OWN_ARTICLE_RE.test(unit.text)) return true;
  if ((PROVISION_RE.test(sentence) || reportsRuleContent(sentence)) && !narratesUnder(sentence)) return true;
  // "方案还明确规定，…给予分配；凡已出嫁满3年的，不予分配": the reporting verb governs every
  // clause of its sentence, also those after a semicolon.
  let from = index;
  while (from > 0 && !'。!?！？\n\u001f'.includes(unit.text[from - 1] as string)) from--;
  const lead = unit.text.slice(from, index);
  if (from < index && PROVISION_RE.test(lead) && !narratesUnder(unit.text.slice(from, Math.max(index, from + sentence.length)))) return true;
  // Items after a lead that announces a document's content ("…获悉，18日起…。相关措施如下：") are that content.
  if (reportedListFollows(ctx, unit)) return true;
  // A paragraph that opens by reporting a document ("《意见》要求，…") reports it to its end — also one that opens by
  // telling what the document holds (round sixteen: "据悉，《意见》主要包括规模与范围、管理机制…八方面内容").
  const opening = unit.text.slice(0, Math.min(unit.text.length, 40));
  return /^[^。;]{0,20}(》(?<!《[^《》]{0,8}(?:报|新闻|周刊|杂志|网|电视台|之声|观察|在线)》)|意见|规定|办法|方案|决议|村规民约)(称|要求|提出|规定|明确|强调|指出|(主要)?(内容)?包括)/.test(opening);
}

/** The quotation (“…”, 「…」, 『…』) around `index` is a short name of a document ("罚款公约", "十不准规定"). */
function quotedName(text: string, index: number): boolean {
  let s = index;
  while (s > 0 && !'“「『'.includes(text[s - 1] as string)) s--;
  let e = index;
  while (e < text.length && !'”」』'.includes(text[e] as string)) e++;
  return e - s <= 10 && /(公约|民约|规定|条款|制度|办法|章程|土政策|村规)$/.test(text.slice(s, e));
}

/** A lead announcing a document's content: "相关措施如下：", "主要内容如下:", "规定如下：". */
const CONTENT_LEAD_RE = /(措施|内容|规定|要求|条款|事项|办法|意见|决定|通告|通知|公告)[^。；;，,]{0,6}如下\s*[:：]\s*$/;

/** The unit follows, within a few items, a paragraph that ends by announcing a document's content. */
function reportedListFollows(ctx: CheckContext, unit: TextUnit): boolean {
  for (let i = unit.id - 1, seen = 0; i >= 0 && seen < 8; i--) {
    const text = (ctx.units[i] as TextUnit).text.trim();
    if (text === '') continue;
    if (CONTENT_LEAD_RE.test(text)) return true;
    // Only the items right under the lead: a plain paragraph in between ends the list.
    if (!CLAUSE_NUMBER_RE.test(text) && !/^[一二三四五六七八九十]是/.test(text)) return false;
    seen++;
  }
  return false;
}

/**
 * "依据该分配方案，村民赵某2008年初嫁到外地，…得不到补偿款": the document is named only as the basis of
 * what then happened to a person — the reporter's story, not the provision.
 */
function narratesUnder(sentence: string): boolean {
  const cite = /^\s*(依据|根据|按照|依照)[^，,。:：]{0,24}[，,]/.exec(sentence);
  if (!cite) return false;
  return /\d{4}\s*年|村民[\u4e00-\u9fa5]{2,3}[，,0-9]|(她|他)(的)?(户口|家|丈夫)/.test(sentence.slice(cite[0].length));
}

/**
 * The words just after call the act unlawful or tell that it happened: "任意扣留他人是违法的", "扣留过任何人",
 * "被罚款属于违法行为" — a comment or a story, never a provision.
 */
export function condemnedAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 12);
  return /^过/.test(after) || /^[^。;,!?\n]{0,6}?(是|属于|属|系|均为|都是)(违法|非法|违反)/.test(after);
}

/** The words just before condemn the thing (查处乱罚款, 整治乱收费): a prohibition, not a provision. */
export function condemnedBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 14), index);
  // "违者令其清理干净并处罚款500元": 处/并处 right before makes it the sanction, whatever verb came earlier.
  if (/(并处|处以|处|予以|并)$/.test(before)) return false;
  // "违法对村民实施经济处罚": the writer calls it unlawful — a report of abuse, not a provision.
  if (/(违法|非法|擅自)(对|向)[^。;,]{0,8}$/.test(before)) return true;
  return /乱$/.test(before) || /(查处|整治|治理|制止|杜绝|清理|纠正|防止|打击)[^。;,]{0,8}$/.test(before);
}

/** A line of the closing block of a whole contract: signature, party, seal, date or place of signing, an attachment. */
const END_LINE_RE = /签字|签名|签章|盖章|\(章\)|公章|捺印|指印|法定代表人|代理人|日期|地点|年\s*\d{0,2}\s*月\s*\d{0,2}\s*日|^\s*(甲方|乙方|丙方|出租|承租|发包|承包|委托|受托|买方|卖方)|^\s*附|以下无正文|本页无正文|以下空白|:\s*$/;

/**
 * The text stops in the middle of a sentence ("乙方未按照清单履行合同,", "1.2.本合"): an excerpt or a cut
 * copy. What such a text lacks (later clauses, the signature block) may be in the part that is missing.
 * A document whose last lines are a signature, date or place line, a table or an attachment ends as it is.
 */
export function endsCutOff(ctx: CheckContext): boolean {
  let seen = 0;
  let lastText: string | null = null;
  for (let i = ctx.blocks.length - 1; i >= 0 && seen < 5; i--) {
    const block = ctx.blocks[i] as { kind: string; text: string };
    const text = block.text.trim();
    if (text === '') continue;
    seen++;
    if (END_LINE_RE.test(text)) return false;
    if (lastText === null) {
      if (block.kind === 'table-cell') return false;
      lastText = text;
    }
  }
  return lastText !== null && !/[。.;；!！?？”"’)）】》\]]$/.test(lastText);
}

/** An enumerated item: "(一)", "（二）", "1.", "2、", "一、". */
const ITEM_RE = /^\s*([(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]{1,3}、)/;
/** A lead that defines a category by the list after it: "本规定所称重大行政处罚是指…下列行政处罚决定:". */
const DEFINING_LEAD_RE = /(所称|是指|指的是|包括)[^。]*下列[^。]{0,20}[:：]\s*$/;
/** "本办法所称重大行政执法决定包括：" — a category defined without 下列; a lead that itself sanctions is not one. */
const DEFINING_LEAD_LOOSE_RE = /((所称|是指|指的是)[^。]*|(包括|的范围|的种类)(如下|以下|下列)?[^。]{0,12})[:：]\s*$/;
const SANCTIONING_LEAD_RE = /处以?|罚|给予|没收|吊销|责令|暂扣|查封|扣押/;

/**
 * The unit is an item of a list that defines a category ("重大行政处罚是指…下列决定: (一) 对公民处以5000元以上
 * 罚款…"): a threshold the text names for filing or supervision, not a penalty or measure the text sets.
 */
export function inDefiningList(ctx: CheckContext, unit: TextUnit): boolean {
  if (!ITEM_RE.test(unit.text)) return false;
  for (let i = unit.id - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const text = (ctx.units[i] as TextUnit).text;
    if (text.trim() === '' || ITEM_RE.test(text)) continue;
    return DEFINING_LEAD_RE.test(text) || (DEFINING_LEAD_LOOSE_RE.test(text) && !SANCTIONING_LEAD_RE.test(text));
  }
  return false;
}
