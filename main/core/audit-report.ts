import type Database from 'better-sqlite3';
import { displayNameOfActor } from './accounts/account-store.js';
import { queryAudit, type AuditFilter, type AuditRow } from './audit.js';
import { DEFAULT_TIME_ZONE, formatInstant } from '../../shared/domain/office-time.js';

/** What each recorded action means, for the audit page and its export. */
const ACTION_ZH: Record<string, string> = {
  setup: '初始设置',
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.login-failed': '登录失败',
  'account.create': '新建账号',
  'account.update': '修改账号',
  'account.enable': '启用账号',
  'account.disable': '停用账号',
  'account.reset-password': '重置密码',
  'account.change-password': '修改本人密码',
  'matter.create': '登记事项',
  'matter.update': '更正登记信息',
  'matter.bulk-update': '批量补录',
  'matter.void': '作废事项',
  'account.create-remote': '新建账号（远程）',
  'casefile.archive': '归档卷宗',
  'holidays.save': '保存节假日安排',
  'holidays.delete': '删除节假日安排',
  'matter.due-recount': '按新节假日安排重算办理期限',
  'law.import': '导入法规',
  'materials.mark': '标记材料',
  'office.setup': '初始设置本单位',
  'office.trust': '信任单位',
  'office.withdraw-trust': '撤销信任',
  'package.export': '导出交换包',
  'package.import': '导入交换包',
  'settings.backup': '修改备份设置',
  'settings.materials': '修改材料清单',
  'settings.timeZone': '修改时区',
  'matter.status': '变更状态',
  'matter.assign': '分办',
  'matter.reassign': '转办',
  'document.import': '导入文件',
  'document.duplicate': '重复文件',
  'document.correct-text': '更正识别文字',
  'review.start': '开始审查',
  'review.answer': '填写审查要点',
  'review.conclude': '审查结论',
  'review.submit': '提交签批',
  'review.approve': '签批通过',
  'review.return': '签批退回',
  'opinion.add': '新增意见',
  'opinion.update': '修改意见',
  'opinion.delete': '删除意见',
  'opinion.reorder': '调整意见顺序',
  'opinion.adoption': '登记采纳情况',
  'finding.accept': '采纳预检问题',
  'finding.dismiss': '不采纳预检问题',
  'letter.issue': '出具文书',
  'feedback.record': '登记反馈',
  'settings.office': '修改单位设置',
  'settings.security': '修改安全设置',
  'settings.workflow': '修改期限设置',
  'template.save': '保存审查模板',
  'library.basis.save': '保存法律依据',
  'library.phrase.add': '新增常用语',
  'normative.create': '登记规范性文件',
  'normative.update': '修改规范性文件',
  'normative.delete': '删除规范性文件',
  'decision.create': '登记重大行政决策',
  'decision.update': '修改重大行政决策',
  'decision.delete': '删除重大行政决策',
  'decision.step': '决策程序步骤',
  'read.documents.original': '下载原件',
  'read.documents.annotate': '导出批注版',
  'read.letters.download': '下载文书',
  'read.matters.summarySheet': '导出审查登记表',
  'read.ledger.export': '导出台账',
  'read.stats.export': '导出统计',
  'read.audit.export': '导出审计日志',
};

const ENTITY_ZH: Record<string, string> = {
  matter: '事项',
  document: '文件',
  letter: '文书',
  account: '账号',
  opinion: '意见',
  finding: '预检问题',
};

export function actionLabel(action: string): string {
  return ACTION_ZH[action] ?? action;
}

/** One line a person can read: 「登录失败：wang（127.0.0.1）」, 「变更状态 事项 #12」. */
export function auditSummary(row: AuditRow): string {
  const label = actionLabel(row.action);
  const after = (row.after ?? {}) as Record<string, unknown>;
  if (row.action === 'auth.login-failed') return `${label}：${String(after.login ?? '')}${after.address ? `（${String(after.address)}）` : ''}`;
  const target = row.entityId !== null ? ` ${ENTITY_ZH[row.entity] ?? row.entity} #${row.entityId}` : '';
  const reason = typeof after.reason === 'string' && after.reason ? `，理由：${after.reason}` : '';
  return `${label}${target}${reason}`;
}

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // A leading = + - @ would run as a formula in Excel; quote-prefix it (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The filtered audit log as CSV (UTF-8 with BOM so Excel opens Chinese correctly), oldest first. */
/** The audit log as CSV for Excel; times in the office's zone (named in the header), as on the audit page. */
export function auditCsv(db: Database.Database, filter: AuditFilter, timeZone: string = DEFAULT_TIME_ZONE): string {
  const rows = queryAudit(db, filter, 1_000_000, 0, timeZone).items.reverse();
  const header = ['序号', `时间（${timeZone}）`, '操作人', '登录名', '操作', '对象', '对象编号', '说明', '变更后内容'];
  const lines = rows.map((r) =>
    [
      r.id,
      formatInstant(r.at, timeZone, { seconds: true }),
      displayNameOfActor(db, r.actor, r.userId),
      r.actor,
      actionLabel(r.action),
      ENTITY_ZH[r.entity] ?? r.entity,
      r.entityId,
      auditSummary(r),
      r.after === null ? null : JSON.stringify(r.after),
    ]
      .map(csvCell)
      .join(','),
  );
  return `\ufeff${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
