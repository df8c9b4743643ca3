import type { Statistics } from '../../../shared/contract/reports.js';
import type { MatterType } from '../../../shared/domain/matter.js';

/**
 * The sentence an office puts in its 法治政府建设情况报告, written from the figures only, e.g.
 * "2024年，共审查各类文件、合同协议N件，其中村级重大事项M件（…），…；提出合法性审查意见建议K条……".
 */

/** Short names used inside the paragraph's brackets. */
const VILLAGE_SHORT: Partial<Record<MatterType, string>> = {
  'village.charter': '自治章程',
  'village.rules': '村规民约和居民公约',
  'village.contract': '集体经济合同',
  'village.project': '集体经济项目',
  'village.other': '其他村级事项',
};

const OTHER_TYPES: readonly [MatterType, string][] = [
  ['normative', '行政规范性文件'],
  ['decision', '重大行政决策'],
  ['contract', '合同协议'],
  ['opinion', '法律意见'],
];

const dateZh = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** "2024年" for a whole calendar year, else "2024年1月1日至2024年6月30日". */
export function periodZh(from: string, to: string): string {
  const year = from.slice(0, 4);
  if (from === `${year}-01-01` && to === `${year}-12-31`) return `${Number(year)}年`;
  return `${dateZh(from)}至${dateZh(to)}`;
}

/** One decimal, without a trailing ".0". */
export function oneDecimal(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '');
}

export function annualParagraph(s: Omit<Statistics, 'paragraph'>): string {
  const count = (type: MatterType) => s.byType.find((t) => t.type === type)?.count ?? 0;
  const villageParts = Object.entries(VILLAGE_SHORT)
    .map(([type, name]) => [name, count(type as MatterType)] as const)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name}${n}件`);
  const village = `其中村级重大事项${s.village}件${villageParts.length > 0 ? `（${villageParts.join('、')}）` : ''}`;
  const others = OTHER_TYPES.map(([type, name]) => `${name}${count(type)}件`).join('，');

  const sev = (k: 'must' | 'should' | 'hint') => s.opinions.bySeverity.find((x) => x.severity === k)?.count ?? 0;
  const opinions =
    `提出合法性审查意见建议${s.opinions.total}条` +
    (s.opinions.total > 0 ? `（其中必须修改${sev('must')}条、建议修改${sev('should')}条、提示${sev('hint')}条）` : '');

  const a = s.adoption;
  const decided = a.adopted + a.partlyAdopted + a.notAdopted;
  const adoption =
    decided > 0 && a.rate !== null
      ? `已反馈的${decided}条意见中，采纳${a.adopted}条、部分采纳${a.partlyAdopted}条、未采纳${a.notAdopted}条，采纳率${oneDecimal(a.rate * 100)}%（含部分采纳）`
      : '提出的意见尚无反馈的采纳情况';

  const t = s.turnaround;
  const turnaround =
    t.completed > 0 && t.averageWorkingDays !== null
      ? `已出具审查意见${t.completed}件，平均用时${oneDecimal(t.averageWorkingDays)}个工作日，超过审查期限${t.overdue}件`
      : '尚无已出具审查意见的事项';
  const withdrawn = s.withdrawn > 0 ? `；另有撤回${s.withdrawn}件，未计入上述数字` : '';
  // Voided registrations were mistakes, not matters: they are left out without a word in the report.

  return `${s.periodZh}，共审查各类文件、合同协议${s.total}件，${village}，${others}；${opinions}；${adoption}；${turnaround}${withdrawn}。`;
}
