/**
 * Round thirteen (B), issue 13: stay-in and observation orders in the words lockdown notices use — "所有人员足不出户",
 * "居家观察14天" / "居家医学观察" (observation without the word 隔离), "必须进行集中医学观察14日" (the condition of entry:
 * "如执意入…，必须…"), and "其他居民一律不得外出" after a list of those exempted that names work ("除参与疫情防控工作、
 * 正常上班…等人员，其他居民…"): the exempted are the ones at work, the rest are confined (round fifteen: also "其他家庭成员除
 * 疫情防控、生病就医以及急需工作以外，不得外出" — the exemption written after the confined). Only the government under
 * 传染病防治法第39–43条 may order such measures, by its procedure (立法法第11条). Kept apart from rules-liberty.ts so its
 * lexicon stays as it was; advice, the law named, staff on duty and animals are excused as for the entry bans.
 */

/** The confinement itself. */
export const STAY_RE =
  /足不出户|(居家|集中|强制)(医学)?(观察|觀察)[^。;,，\n]{0,4}?[\d一二三四五六七八九十]+\s*(天|日)|[\d一二三四五六七八九十]+\s*(天|日)的?(居家|集中|强制)(医学)?(观察|觀察)|(必须|须|需|应|应当|一律|均需|均须|要)(进行|实行|接受|实施)?(居家|集中|强制)(医学)?(观察|觀察)|(其他|其余|其它)(居民|村民|人员|群众|住户|家庭成员|成员|市民|人)(除[^。;\n]{0,30}?(以外|之外|外)[,，]?)?[^。;,，\n]{0,4}?(一律|均|都|全部)?(不得|禁止|严禁|不准|不许)(外出|出门|出户|离家)/g;

/** Animals observed or kept in ("犬只居家观察14天") are no person confined. */
export const ANIMAL_RE = /犬|畜|禽|动物|宠物|猫|狗/;
