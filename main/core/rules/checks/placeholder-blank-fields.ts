/**
 * Empty fields for the placeholder.blank rule: a label whose colon has nothing after it, on its own line or run
 * together with the next label when a form became text.
 */
import type { Blank } from './placeholder-blank-find.js';
import { guarded, matchesIn } from './guarded.js';

/**
 * A label with nothing after it before the next label on the same line: "甲方: 乙方: 甲乙双方经过…",
 * "委托方(单位全称): 住所地: 法定代表人(或负责人):" — fields run together when a form becomes text.
 */
// "??" right after the colon is a line break lost on the way to text (two no-break spaces turned to "?" on
// procurement pages: "合同标的及金额明细:??合同标的:…"): a heading over what follows, not an empty field.
const INLINE_EMPTY_RE = /(?<=^|[\s\u001f])([^:\s\u001f]{1,14}):\s*(?!\?\?)(?=[^:\s\u001f,。;]{0,13}[^:\s\u001f,。;\d]:)/g;
const PARTY_LABEL_RE = /^(?:甲方|乙方|丙方|出租[方人]|承租[方人]|发包[方人]|承包[方人]|委托[方人]|受托[方人]|买方|卖方|转让方|受让方|投资方|合作方)(?:\([^)]{0,10}\))?$/;
/**
 * Fields run together when a form becomes text: "合同编号甲方乙方为…" — a number label straight before a
 * party label has lost the value between them.
 */
const RUN_TOGETHER_RE = /(?:合同|协议)?编号(?=\s*(?:甲方|乙方|出租方|承租方|发包方|承包方|委托方))/g;
/** A short label followed by a colon and nothing else on its line ("地址：", "账户名："). */
// Round eleven: also with the party's bracketed short name ("受委托方(以下简称乙方):").
const EMPTY_FIELD_RE = /(?<=^|[\n\u001f])([^:\n\u001f]{1,10}(?:[(（]以下简称[^()（）:\n\u001f]{1,8}[)）])?):[ ]*(?=$|[\n\u001f])/g;
/** Headings and 主送机关 lines ("各村（社区）：") end with a colon too. */
// The addressee of a request or a report is an organ ("××市人民政府：", "县农业农村局："), not a field.
const NOT_FIELD_RE = /(人民政府|委员会|办事处|党委|党组|[局厅委])\s*$|(双方|各方|三方|多方)(当事人)?\s*$|^\s*(本合同|本协议|合同|协议)?(的)?当事人(如下|为)?\s*$|如下|下列|以下|鉴于|附件|备注|说明|其中|包括|约定|注|各|^\s*日期\s*$|(您)?(当前|现在|所在)的?位置\s*$|^\s*(作者|来源|责任编辑|编辑|字体|主题词|主题分类|有效性|浏览|点击|发布机构)\s*$/;
/** Labels of fields that are filled in (name, address, account …): an empty one is a real blank. */
export const FIELD_LABEL_RE = /名称|姓名|地址|住所|住址|电话|手机|传真|邮编|邮箱|账号|账户|户名|开户|代码|证号|证件|身份证|法定代表人|负责人|联系人|代理人|日期|时间|地点|编号|金额|价款|租金|面积|期限|用途|数量|单价|总价|税号|纳税人/;

const RUN_TOGETHER = guarded('number label run into a party label', RUN_TOGETHER_RE, /编号/);
const INLINE_EMPTY = guarded('empty label before the next label', INLINE_EMPTY_RE, /:\s*[^:\s\u001f,。;]{1,14}:/);
const EMPTY_FIELD = guarded('empty field ending its line', EMPTY_FIELD_RE, /:[ ]*(?:$|[\n\u001f])/);

export function fieldBlanks(text: string, out: Blank[]): void {
  for (const m of matchesIn(text, RUN_TOGETHER)) out.push({ start: m.index, end: m.index + m[0].length, field: true });
  for (const m of matchesIn(text, INLINE_EMPTY)) {
    const label = m[1] as string;
    if (!PARTY_LABEL_RE.test(label) && !FIELD_LABEL_RE.test(label)) continue;
    if (groupHeading(text, m.index, label, m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + label.length + 1, field: true });
  }
  for (const m of matchesIn(text, EMPTY_FIELD)) {
    // The party's short-name note is no heading word ("(以下简称乙方)" holds 以下).
    if (NOT_FIELD_RE.test((m[1] as string).replace(/[(（]以下简称[^)）]*[)）]$/, ''))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, field: true });
  }
}

/** A label that groups the fields after it: a numbered item ("3.1 履行期限:") or a word for a group ("…明细:"). */
const GROUP_WORD_RE = /(?:明细|清单|情况|信息|概况|内容|事项|如下|要求|需求|约定|及[\u4e00-\u9fa5]{1,6}方式)$/;
// (A sub-item's number may follow its section's heading with no space: "…和方式3.1 履行期限:".)
const ITEM_BEFORE_RE = /(?:(?:^|[\s\u001f])\d{1,2}(?:\.\d{1,2})*[.、]?|(?<![\d.])\d{1,2}\.\d{1,2}\s|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\))\s*$/;
/** The next field's value after its own colon: a figure, a word — not another empty label. */
const FILLED_NEXT_RE = /^[^:\s\u001f]{1,14}:\s*[^\s:\u001f]{2,}(?=[\s\u001f]|$)/;

/**
 * "合同标的及金额明细: 标的名称:磁刺激仪 合同金额:…", "3.1 履行期限: 交货时间:自合同签订之日起30天内":
 * a heading over filled sub-fields, flattened into one line with them (round ten A, issue 13). Not a run of
 * empty fields ("委托方: 住所地: 法定代表人:") and not "地址: 电话:0931…" (an unnumbered field left empty).
 */
function groupHeading(text: string, at: number, label: string, nextAt: number): boolean {
  const grouped = GROUP_WORD_RE.test(label) || ITEM_BEFORE_RE.test(text.slice(Math.max(0, at - 8), at));
  if (!grouped) return false;
  const next = text.slice(nextAt, nextAt + 60);
  return FILLED_NEXT_RE.test(next);
}
