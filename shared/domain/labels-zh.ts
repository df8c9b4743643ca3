import type { MatterStatus, MatterType, ReviewResult, Severity } from './matter.js';
import { type ShownStatus, shownStatus } from './shown-status.js';

/** Chinese names of the domain vocabulary, used by the CLI, letters and the zh-CN UI. */
export const MATTER_TYPE_ZH: Record<MatterType, string> = {
  'village.charter': '村（居）民自治章程',
  'village.rules': '村规民约/居民公约',
  'village.contract': '村集体经济合同',
  'village.project': '村集体经济项目',
  'village.other': '其他村级重大事项',
  normative: '行政规范性文件',
  decision: '重大行政决策',
  contract: '合同协议',
  opinion: '法律意见',
};

export const REVIEW_RESULT_ZH: Record<ReviewResult, string> = {
  lawful: '合法',
  'lawful-after-revision': '修改后合法',
  unlawful: '不合法',
};

export const MATTER_STATUS_ZH: Record<MatterStatus, string> = {
  registered: '已登记',
  'in-review': '审查中',
  'awaiting-signoff': '待签批',
  'opinion-issued': '已出具意见',
  'awaiting-feedback': '待反馈',
  closed: '已办结',
  returned: '退回补正',
  withdrawn: '撤回',
};

/** Labels of the shown statuses (see shownStatus): the flow's plus 已签批待出具 and 作废. */
export const SHOWN_STATUS_ZH: Record<ShownStatus, string> = {
  ...MATTER_STATUS_ZH,
  'signed-off': '已签批待出具',
  voided: '作废',
};

/** The shown status of a matter or ledger row in Chinese. */
export function shownStatusZh(m: Parameters<typeof shownStatus>[0]): string {
  return SHOWN_STATUS_ZH[shownStatus(m)];
}

export const SEVERITY_ZH: Record<Severity, string> = {
  must: '必须修改',
  should: '建议修改',
  hint: '提示',
};
