import { describe, expect, it } from 'vitest';
import { buildSummarySheetDocx } from '../../../main/core/letters/index.js';
import type { SummarySheetModel } from '../../../shared/domain/letter.js';
import { attrOf, part, rawText, startTags } from './docx-test-utils.js';

const sheet: SummarySheetModel = {
  officeName: '郯城县司法局',
  serialNumber: '郯审〔2024〕第0032号',
  matterTitle: '某某村村规民约（送审稿）',
  matterType: 'village.rules',
  submittingUnit: '某某村民委员会',
  contact: '王五 0539-6212345',
  receivedDate: '2024-01-05',
  dueDate: '2024-01-19',
  completedDate: null,
  status: 'awaiting-feedback',
  reviewer: '张三',
  approver: '李四',
  conclusion: 'lawful-after-revision',
  summary: '个别条款需修改。',
  letters: [{ number: '郯司审〔2024〕15号', kind: 'legality-opinion', issueDate: '2024-01-15' }],
  opinionCounts: { must: 2, should: 3, hint: 1 },
  adoption: { adopted: 3, partial: 1, rejected: 1, pending: 1 },
  notes: null,
  printedOn: '2024-02-01',
};

describe('buildSummarySheetDocx', () => {
  it('prints the registration facts in a table on an A4 page', async () => {
    const buf = await buildSummarySheetDocx(sheet);
    const doc = part(buf, 'word/document.xml');
    expect(attrOf(startTags(doc, 'w:pgSz')[0]!, 'w:w')).toBe('11906');
    expect(startTags(doc, 'w:tbl').length).toBe(1);
    expect(startTags(doc, 'w:tr').length).toBe(12);
    const cells = (await rawText(buf)).split('\n\n').map((s) => s.trim()).filter(Boolean);
    const after = (label: string) => cells[cells.indexOf(label) + 1];
    expect(cells[0]).toBe('郯城县司法局合法性审查登记表');
    expect(after('审查编号')).toBe('郯审〔2024〕第0032号');
    expect(after('事项类型')).toBe('村规民约/居民公约');
    expect(after('收件日期')).toBe('2024年1月5日');
    expect(after('办理期限')).toBe('2024年1月19日');
    expect(after('办结日期')).toBe('—');
    expect(after('办理状态')).toBe('待反馈');
    expect(after('审查人')).toBe('张三');
    expect(after('复核人')).toBe('李四');
    expect(after('审查结论')).toBe('修改后合法');
    expect(after('审查意见')).toBe('共6条（必须修改2条，建议修改3条，提示1条）');
    expect(after('采纳情况')).toBe('采纳3条，部分采纳1条，未采纳1条，未反馈1条');
    expect(after('出具文书')).toBe('郯司审〔2024〕15号 合法性审查意见书（2024年1月15日）');
    expect(cells.at(-1)).toBe('打印日期：2024年2月1日');
  });

  it('rejects an invalid sheet', async () => {
    await expect(buildSummarySheetDocx({ ...sheet, opinionCounts: { must: -1, should: 0, hint: 0 } })).rejects.toThrow();
  });
});
