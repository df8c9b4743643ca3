import { defineMessages } from './define';

/** Batch work in the matter list. */
export const batchMessages = defineMessages({
  zh: {
    'batch.selected': '已选 {n} 件',
    'batch.assign': '批量分办',
    'batch.move': '批量变更状态',
    'batch.exportLetters': '导出文书（ZIP）',
    'batch.exportSheets': '导出登记表（ZIP）',
    'batch.print': '打印登记表',
    'batch.apply': '应用到 {n} 件',
    'batch.to': '变更为',
    'batch.reason': '原因（对所选事项统一填写）',
    'batch.pickReviewer': '请选择审查人',
    'batch.pickStatus': '请选择状态',
    'batch.assigned': '已分办 {n} 件',
    'batch.moved': '已变更 {n} 件的状态',
    'batch.exported': '已导出 {n} 个文件：{file}',
    'batch.failed': '批量操作未完成：{message}',
  },
  en: {
    'batch.selected': '{n} selected',
    'batch.assign': 'Assign selected',
    'batch.move': 'Change status',
    'batch.exportLetters': 'Export letters (ZIP)',
    'batch.exportSheets': 'Export registers (ZIP)',
    'batch.print': 'Print registers',
    'batch.apply': 'Apply to {n}',
    'batch.to': 'New status',
    'batch.reason': 'Reason (one for all selected)',
    'batch.pickReviewer': 'Choose a reviewer',
    'batch.pickStatus': 'Choose a status',
    'batch.assigned': '{n} assigned',
    'batch.moved': '{n} moved',
    'batch.exported': '{n} files exported: {file}',
    'batch.failed': 'Batch not done: {message}',
  },
});
