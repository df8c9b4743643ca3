import { ALL_TYPES } from './helpers.js';
import { BASIS } from '../basis.js';
import type { TextBlock } from '../../../../shared/domain/document-text.js';
import type { TextUnit } from '../text/units.js';
import type { Rule, UnitHit } from '../types.js';

/** Blank markers that are blanks wherever they stand. */
const MARKER_RE = new RegExp(
  [
    '_{2,}',
    // Underlines drawn with other characters (▁▁▁, ﹍﹍, ‗‗) and boxes standing for characters to fill
    // (□□□村): one □ before an option (□已/□未) is a tick box, two or more in a row are a blank.
    '[▁▂﹍﹎﹏‗]{2,}',
    // Hyphens drawn as an underline against the word they belong to ("------镇 村村民委员会").
    '(?<=[\\u4e00-\\u9fa5])-{3,}|-{3,}(?=[\\u4e00-\\u9fa5])',
    '□{2,}',
    '×{2,}',
    '(?<![A-Za-z])(?:X{2,}|x{2,})(?![A-Za-z])',
    '【\\s*】',
    '\\[\\s*\\]',
    '\\(\\s*\\)',
    '\\{\\{[^{}\\n]{0,40}\\}\\}',
    '待定|TBD|此处填写|待填写?|另行填写',
    ':\\s*(?:…{2,}|\\.{6,})',
    '【[^】\\n]{0,60}(?:写明|填写|具体|如:|请)[^】\\n]{0,60}】',
  ].join('|'),
  'g',
);
/** 年 月 日 with a component left empty. */
const DATE_RE = /([\d〇零一二三四五六七八九]{0,4})([ _]*)年([ _]*)([\d一二三四五六七八九十]{0,2})([ _]*)月([ _]*)([\d一二三四五六七八九十]{0,3})([ _]*)[日号]/g;
/**
 * A quantity with its figure gone (the underline it stood on was lost on the way to text): "面积亩",
 * "每亩每年人民币元", "合计人民币（大写）元整". No drafted sentence puts the unit straight after these words.
 */
const NO_FIGURE_RE =
  /(?:人民币|面积|共计|合计|总计|租金|价款|金额|单价|总价|保证金|违约金|赔偿金|押金|定金|滞纳金|补偿款|补偿费|承包费|租赁费|转让费|货款|房款|转让款|投资款|拟投资|计划投资|总投资)(?:\((?:大写|小写)\))?(?:为|是)?\s*:?\s*(?:万元|元|亩|平方米|㎡)(?![均数产旦宵])/g;
/** A term with its figure gone: "租赁期年，先付后用", "承包期限为年。" (not "租赁期年租金", "期限年内"). */
const TERM_NO_FIGURE_RE = /(?:租赁期|租期|承包期|经营期|期限)(?:为|是)?\s*:?\s*(?:年|个月)(?=[,.。;、)]|$)/g;
/**
 * The same with the space or colon left between ("面积 亩", "总面积: 亩", "人民币 元/㎡"), a rate with no
 * figure ("每平方米元") and a sum stated as "为元" before punctuation ("工程总价款为元。") — but not a
 * currency unit ("金额单位为元").
 */
const RATE_NO_FIGURE_RE = /每(?:平方米|㎡|亩|月|年|吨|人|户|天|日|间)\s*(?:万元|元)(?![旦宵])|(?<!单位|币种|单位:)(?:为|是)\s*:?\s*(?:万元|元)(?=[,.。;、)(]|整|$)/g;
/** A share of a sum with its figure gone: "工程余款为项目总款的，作为质量保证金" (not the conditional "…价款的，"). */
const SHARE_NO_FIGURE_RE = /(?:总款|总价款?|价款|合同价|金额|总额|租金|款项)的(?=\s*[,。;])/g;
/** …and the share is stated ("为/占" shortly before), which the conditional "逾期支付价款的，" is not. */
const SHARE_LEAD_RE = /(?:为|占)[^,。;为占\n]{0,8}$/;
/**
 * A label with nothing after it before the next label on the same line: "甲方: 乙方: 甲乙双方经过…",
 * "委托方(单位全称): 住所地: 法定代表人(或负责人):" — fields run together when a form becomes text.
 */
// "??" right after the colon is a line break lost on the way to text (two no-break spaces turned to "?" on
// procurement pages: "合同标的及金额明细:??合同标的:…"): a heading over what follows, not an empty field.
const INLINE_EMPTY_RE = /(?<=^|[\s\u001f])([^:\s\u001f]{1,14}):\s*(?!\?\?)(?=[^:\s\u001f,。;]{0,13}[^:\s\u001f,。;\d]:)/g;
const PARTY_LABEL_RE = /^(?:甲方|乙方|丙方|出租[方人]|承租[方人]|发包[方人]|承包[方人]|委托[方人]|受托[方人]|买方|卖方|转让方|受让方|投资方|合作方)(?:\([^)]{0,10}\))?$/;
/**
 * A web page's disclosure line ("索引号: 公开方式: 主动公开 文件编号: 发布机构: 湖州市交通运输局"): the
 * site's catalogue, not a field of the document.
 */
const METADATA_LABEL_RE = /(索引号|公开方式|公开时限|公开范围|发布机构|文件编号|发文字号|文号|成文日期|发布日期|生效日期|主题分类|信息来源|浏览次数|所属机构)\s*:/g;
/**
 * Money written as nothing but its signs: a currency sign with no figure ("总费用:¥ (大写: 圆整)"), the
 * uppercase amount with only its closing word ("(大写: 圆整)"), a per-unit price whose figure went with the
 * slash ("每个账户:元月") — but not a currency unit ("单位:元").
 */
const MONEY_SIGNS_RE =
  /[¥￥]\s*(?:\(\s*)*(?:大写\s*:?\s*(?:\(\s*)*(?:人民币)?\s*[圆元]整?\s*\)*)?(?=$|[\s,.。;、)(])|大写\s*:?\s*(?:人民币)?\s*[圆元]整(?=$|[\s,.。;、)])|(?<!单位|币种|单位\s|货币)(?<![\d\u4e00-\u9fa5]元):\s*(?:万元|元)(?=[/月年日天次件个]|$|[,.。;、)])/g;
/**
 * Fields run together when a form becomes text: "合同编号甲方乙方为…" — a number label straight before a
 * party label has lost the value between them.
 */
const RUN_TOGETHER_RE = /(?:合同|协议)?编号(?=\s*(?:甲方|乙方|出租方|承租方|发包方|承包方|委托方))/g;
/** "**年": asterisks standing for a figure before its counting word. */
const STARS_RE = /(?<=[:为共第计约])\*{1,}(?=[人名个年月日天元亩次户层条款项%]|万元)/g;
/** A single X/× for a figure before a counting word ("副主任X人", "第X条"). */
const ONE_X_RE = /(?<=[\u4e00-\u9fa5])[X×x](?=[人名个年月日天元亩次户层条款项%]|万元)/g;
/** Words that introduce a date ("于", "自…起至…止", "日期："), so 年月日 after them is a date to fill, not the phrase 年月日 (出生年月日). */
const DATE_LEAD_RE = /(于|自|至|到|从|截至|截止|在|日期:?|时间:?)\s*$/;
/** A short label followed by a colon and nothing else on its line ("地址：", "账户名："). */
const EMPTY_FIELD_RE = /(?<=^|[\n\u001f])([^:\n\u001f]{1,10}):[ ]*(?=$|[\n\u001f])/g;
/** Headings and 主送机关 lines ("各村（社区）：") end with a colon too. */
const NOT_FIELD_RE = /(双方|各方|三方|多方)(当事人)?\s*$|^\s*(本合同|本协议|合同|协议)?(的)?当事人(如下|为)?\s*$|如下|下列|以下|鉴于|附件|备注|说明|其中|包括|约定|注|各|^\s*日期\s*$|(您)?(当前|现在|所在)的?位置\s*$|^\s*(作者|来源|责任编辑|编辑|字体|主题词|主题分类|有效性|浏览|点击|发布机构)\s*$/;
/** A run of spaces that is a fill-in field rather than layout. */
const SPACES_RE = / {2,}/g;
const ONE_SPACE_RE = /[为于第共计约按至自由](?= [元年月日号亩天个万%人名户])/g;
const AFTER_FIELD = '。,;、)元年月日号平米亩份%个天条款期项人万层室楼号户间座栋';
const BEFORE_FIELD = '为于第在(¥共计约按至自:';

interface Blank {
  start: number;
  end: number;
  /** Found only as "label：" with nothing after it (less certain than ____ or 【 】). */
  field?: boolean;
}

/** 曾某某, 某村, 大连市XX工程实验室, “XX村村民公约”: anonymised names and naming templates, not blanks. */
function namingTemplate(text: string, b: Blank): boolean {
  const run = text.slice(b.start, b.end);
  if (!/^[X×x]+$/.test(run)) return false;
  const before = text[b.start - 1] ?? '';
  const after = text.slice(b.end, b.end + 2);
  // A product or version name ("office20xx", "win10x").
  if (/[A-Za-z]+\d*$/.test(text.slice(Math.max(0, b.start - 12), b.start))) return true;
  // What a verb asks for ("采用xx方式", "通过XX途径") is a blank, not a name: names follow no verb.
  if (/(采用|采取|通过|按照|依照|实行|选择|约定)$/.test(text.slice(Math.max(0, b.start - 2), b.start))) return false;
  // A figure to fill in before its counting word ("第XX条", "副主任X人") is a blank after all.
  if (/^(?:[人名个年月日天元亩次户层条款项%]|万元)/.test(after)) return false;
  return /[\u4e00-\u9fa5“"]/.test(before) && /^[\u4e00-\u9fa5]/.test(after);
}

/** Labels of fields that are filled in (name, address, account …): an empty one is a real blank. */
const FIELD_LABEL_RE = /名称|姓名|地址|住所|住址|电话|手机|传真|邮编|邮箱|账号|账户|户名|开户|代码|证号|证件|身份证|法定代表人|负责人|联系人|代理人|日期|时间|地点|编号|金额|价款|租金|面积|期限|用途|数量|单价|总价|税号|纳税人/;

function blanksIn(text: string): Blank[] {
  const out: Blank[] = [];
  for (const m of text.matchAll(MARKER_RE)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(DATE_RE)) {
    const [, y, sy, sm1, mo, sm2, sd1, d, sd2] = m as unknown as string[];
    const emptyYear = y === '' && (sy as string).length > 0;
    const emptyMonth = mo === '' && ((sm1 as string).length > 0 || (sm2 as string).length > 0);
    const emptyDay = d === '' && ((sd1 as string).length > 0 || (sd2 as string).length > 0);
    // Digits dropped with the underline they stood on: "2011年月日", "2011年5月日", "自年月日起".
    const squeezed = (mo === '' || d === '') && (y !== '' || DATE_LEAD_RE.test(text.slice(Math.max(0, m.index - 3), m.index)));
    if (emptyYear || emptyMonth || emptyDay || squeezed) {
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(RUN_TOGETHER_RE)) out.push({ start: m.index, end: m.index + m[0].length, field: true });
  for (const re of [NO_FIGURE_RE, TERM_NO_FIGURE_RE, RATE_NO_FIGURE_RE, ONE_X_RE, STARS_RE, MONEY_SIGNS_RE]) {
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  // The lead-in is checked only where the rare "…的，" matched (a look-behind would run at every character).
  for (const m of text.matchAll(SHARE_NO_FIGURE_RE)) {
    if (SHARE_LEAD_RE.test(text.slice(Math.max(0, m.index - 9), m.index))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(INLINE_EMPTY_RE)) {
    const label = m[1] as string;
    if (!PARTY_LABEL_RE.test(label) && !FIELD_LABEL_RE.test(label)) continue;
    out.push({ start: m.index, end: m.index + label.length + 1, field: true });
  }
  for (const m of text.matchAll(EMPTY_FIELD_RE)) {
    if (NOT_FIELD_RE.test(m[1] as string)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, field: true });
  }
  for (const m of text.matchAll(SPACES_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = text[start - 1];
    const next = text[end];
    if (prev === undefined || prev === '\n' || prev === '\u001f') continue; // indentation
    const fieldAfter = next !== undefined && AFTER_FIELD.includes(next);
    const fieldBefore = BEFORE_FIELD.includes(prev);
    if (fieldBefore || fieldAfter) out.push({ start, end });
  }
  // One space where the figure was, between a word that asks for it and its unit: "期限为 年", "于 日内".
  for (const m of text.matchAll(ONE_SPACE_RE)) out.push({ start: m.index + 1, end: m.index + 2 });
  out.sort((a, b) => a.start - b.start);
  // Merge overlapping blanks (a date blank contains its own space runs).
  const merged: Blank[] = [];
  for (const b of out) {
    const last = merged[merged.length - 1];
    if (last && b.start <= last.end) {
      last.end = Math.max(last.end, b.end);
      if (!b.field) delete last.field;
    }
    else merged.push({ ...b });
  }
  return merged;
}

/** A line that is only a label and its colon (with blank space or underline after it). */
const FIELD_LINE_RE = /^\s*[^:：\n]{1,12}[:：][\s_]*$/;

/** Signature lines ("甲方（盖章）：____") are left blank on purpose until signing. */
const SIGN_LABEL_RE =
  /签字|签名|签章|盖章|\(章\)|签署|签订日期|签约日期|签订时间|签约时间|签署日期|捺印|指印|法定代表人|委托代理人|授权代表/;

function inSignatureLine(text: string, b: Blank): boolean {
  let s = b.start;
  while (s > 0 && b.start - s < 16 && !'\n\u001f'.includes(text[s - 1] as string)) s--;
  return SIGN_LABEL_RE.test(text.slice(s, b.end));
}

function inMetadataLine(text: string, b: Blank): boolean {
  let s = b.start;
  while (s > 0 && !'\n\u001f'.includes(text[s - 1] as string)) s--;
  let e = b.end;
  while (e < text.length && !'\n\u001f'.includes(text[e] as string)) e++;
  return (text.slice(s, e).match(METADATA_LABEL_RE)?.length ?? 0) >= 2;
}

/** Widen a blank to include the few characters of label before it ("租金为"). */
function withLabel(text: string, b: Blank): Blank {
  // An empty field already holds its label ("甲方:"); what follows is the next field, not its word.
  if (b.field) return { start: b.start, end: b.end };
  let s = b.start;
  // "合同编号：_____": the label before the colon names the blank.
  if (text[s - 1] === ':') s--;
  // "面积 ( )亩": one space between the label and the blank.
  else if (text[s - 1] === ' ' && /[\u4e00-\u9fa5]/.test(text[s - 2] ?? '')) s--;
  while (s > 0 && b.start - s < 10 && !'。,;:!?\n\u001f ('.includes(text[s - 1] as string)) s--;
  // "甲方(以下简称甲方):____": the label began before its bracketed note.
  if (text[s - 1] === '(' && text.slice(s, b.start).includes(')')) {
    s--;
    while (s > 0 && b.start - s < 16 && !'。,;:!?\n\u001f ('.includes(text[s - 1] as string)) s--;
  }
  // And the word the blank belongs to when it follows ("________乡(镇)", "____村"): it says what is missing.
  // Not when that word opens the next field ("…:____身份证号码:____").
  const nextField = /^(?![岁号种元年月日天个亩米人户次条款项层室楼间座栋份万度])[\u4e00-\u9fa5]{2,8}:/.test(text.slice(b.end, b.end + 9));
  // "拟投资元人民币": the currency named after the unit belongs to it.
  const unit = nextField ? null : /^(?:元?人民币|[\u4e00-\u9fa5](?:\([\u4e00-\u9fa5]{1,2}\))?)/.exec(text.slice(b.end, b.end + 5));
  return { start: s, end: b.end + (unit ? unit[0].length : 0) };
}

export const placeholderBlank: Rule = {
  id: 'placeholder.blank',
  excerpt: 'match',
  ref: 'P-PH-BLANK',
  title: '未填写的空白',
  types: ALL_TYPES,
  severity: 'should',
  message: '文本中有未填写的空白或占位符',
  basis: BASIS.placeholder,
  suggestion: '建议将空白处、占位符（如“____”“××”“【 】”）补充完整，确需留空的应注明“无”或删除该项。',
  check(ctx) {
    const hits: UnitHit[] = [];
    const signature: Array<{ unit: TextUnit; blank: Blank }> = [];
    const { headings, signatureFrom } = ctx.structure;
    let form: { block: number; count: number; hit: UnitHit } | null = null;
    for (const unit of ctx.units) {
      const blanks = blanksIn(unit.text).filter((b) => {
        if (inSignatureLine(unit.text, b) || namingTemplate(unit.text, b) || inMetadataLine(unit.text, b)) return false;
        // "五、基础设施交付标准：" with its content in the next paragraph is a heading, not a blank.
        return !(b.field && headings.has(unit.charBlock[b.start] as number));
      });
      if (blanks.length === 0) continue;
      // The closing signature block of an unsigned draft is one finding, not one per line.
      if ((unit.blockPositions[0] as number) >= signatureFrom) {
        for (const blank of blanks) signature.push({ unit, blank });
        continue;
      }
      // One finding per block: anchored on its first blank, counting the rest.
      const byBlock = new Map<number, Blank[]>();
      for (const b of blanks) {
        const block = unit.charBlock[b.start] as number;
        const list = byBlock.get(block) ?? [];
        list.push(b);
        byBlock.set(block, list);
      }
      for (const [block, list] of byBlock) {
        // A run of empty field lines (联系人：/地址：/手机：, one per line) is one form to fill in:
        // one finding that counts its fields, not one per line.
        const fieldsOnly = list.every((b) => b.field) || FIELD_LINE_RE.test((ctx.blocks[block] as TextBlock).text);
        if (fieldsOnly && form && form.block === block - 1) {
          form.block = block;
          form.count += list.length;
          form.hit.message = `有未填写的栏目（连续${form.count}栏）`;
          continue;
        }
        const groups = bySentence(unit.text, list, (ctx.blocks[block] as TextBlock).text.length);
        const hit = hitFor(unit, groups[0] as Blank[]);
        hits.push(hit);
        for (const g of groups.slice(1)) hits.push(hitFor(unit, g));
        form = fieldsOnly && groups.length === 1 ? { block, count: list.length, hit } : null;
      }
    }
    const first = signature[0];
    if (first) {
      const b = withLabel(first.unit.text, first.blank);
      hits.push({
        unit: first.unit,
        start: b.start,
        end: b.end,
        severity: 'hint',
        message: `签署部分尚有${signature.length}处空白：未签署的文本属正常，正式签署时应填写完整`,
        suggestion: '请在正式签署时填写当事人名称、签署日期等信息，并由当事人签字或盖章。',
      });
    }
    return hits;
  },
};

/** A block this long is a whole page flattened to one line: its blanks are grouped by sentence, not by block. */
const LONG_BLOCK = 400;
/** The end of a sentence, or a numbered item opening after a space or colon (": 一、", " (二)", " 3."). */
const CLAUSE_BREAK_RE = /[。;!?]|[\s:](?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、](?!\d))/;

function bySentence(text: string, list: Blank[], blockLength: number): Blank[][] {
  if (blockLength <= LONG_BLOCK) return [list];
  const groups: Blank[][] = [];
  let last: Blank | null = null;
  for (const b of list) {
    if (last && !CLAUSE_BREAK_RE.test(text.slice(last.end, b.start))) (groups[groups.length - 1] as Blank[]).push(b);
    else groups.push([b]);
    last = b;
  }
  return groups;
}

function hitFor(unit: TextUnit, list: Blank[]): UnitHit {
  const first = withLabel(unit.text, list[0] as Blank);
  const more = list.length > 1 ? `，本段共${list.length}处` : '';
  // Only "label：" with nothing after it, and the label is not a field to fill in: less certain.
  const unsure = list.every((b) => b.field && !FIELD_LABEL_RE.test(unit.text.slice(first.start, b.start)));
  return {
    unit,
    start: first.start,
    end: first.end,
    message: unsure ? `该处冒号后没有内容，如属待填写事项请补充${more}` : `有未填写的空白或占位符${more}`,
    ...(unsure ? { severity: 'hint' as const } : {}),
  };
}
