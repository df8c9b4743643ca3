/**
 * Round fourteen, issue 13: detention a notice restates for an offence the public-security law itself defines and
 * punishes with detention — "对阻碍国家机关工作人员依法执行职务的，处警告或者200元以下罚款；情节严重的，处5日以上10日以下
 * 拘留" is 治安管理处罚法第50条 word for word. The notice sets no detention there; the law does (the referral case of
 * law-set-measures.ts without the words 治安管理). Only the offences the law names count, and only within its ceiling
 * (15 days for one act, 第16条 caps several at 20): a notice's own offence ("擅自进入禁渔水域的，一律处以5日拘留")
 * or a longer term still fires.
 */

/** The acts 治安管理处罚法 itself punishes with detention (第23、25、26、43、49、50条), in the notices' wording. */
const OFFENCE_RE =
  /阻碍[^。;；]{0,16}(国家机关工作人员|工作人员|公务人员|执法人员|人民警察)[^。;；]{0,6}(依法)?执行(职务|公务)|拒不执行[^。;；]{0,20}(紧急状态|决定、命令)|强行冲闯[^。;；]{0,10}警戒|扰乱[^。;；]{0,12}(秩序)|散布谣言|谎报(险情|疫情|警情)|寻衅滋事|殴打他人|(盗窃|诈骗|哄抢|抢夺|敲诈勒索)[^。;；]{0,10}(公私)?财物|故意损毁[^。;；]{0,4}(公私)?财物/;

/** Whether the clause of the detention (from the sentence's full stop, past semicolons) restates such an offence. */
export function restatedPublicOrderOffence(text: string, index: number, match: string): boolean {
  let from = index;
  while (from > 0 && !'。!?！？\n'.includes(text[from - 1] as string)) from--;
  if (!OFFENCE_RE.test(text.slice(from, index))) return false;
  const days = [...match.matchAll(/([\d一二三四五六七八九十]+)\s*日/g)].map((d) => dayCount(d[1] as string));
  return days.length > 0 && days.every((d) => d <= 15);
}

/** "5", "十", "十五", "二十" as a number (the counts a detention clause uses). */
function dayCount(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const digit = (c: string | undefined) => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  const [tens, units] = s.split('十');
  return s.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(units) : digit(s);
}
