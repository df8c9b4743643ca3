import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { normalize } from './text/normalize.js';

export interface TypeGuess {
  type: MatterType;
  /** Why, in Chinese (the CLI prints it). */
  reason: string;
}

interface Clue {
  type: MatterType;
  re: RegExp;
  what: string;
}

/** Ordered: the first clue found in the title wins, then the first found in the opening text. */
const CLUES: Clue[] = [
  { type: 'village.rules', re: /村规民约|居民公约|村民公约|社区公约/, what: '村规民约/居民公约' },
  { type: 'village.charter', re: /自治章程/, what: '自治章程' },
  { type: 'opinion', re: /法律意见书|法律意见/, what: '法律意见书' },
  { type: 'decision', re: /重大行政决策|决策草案|决策事项/, what: '重大行政决策' },
  { type: 'village.contract', re: /(村民委员会|村委会|村集体|经济合作社|股份经济合作社|集体经济组织|村民小组)[\s\S]{0,200}(合同|协议)|(土地承包|土地经营权流转|承包经营)[\s\S]{0,10}(合同|协议)/, what: '村集体作为当事人的合同' },
  { type: 'contract', re: /合同|协议书?|契约/, what: '合同/协议' },
  { type: 'village.other', re: /(村民会议|村民代表会议|两委会议|村民小组会议|成员大会)[\s\S]{0,20}(记录|纪要|决议|决定)/, what: '村级会议记录/决议' },
  { type: 'village.project', re: /村[\s\S]{0,20}(项目|工程)[\s\S]{0,10}(方案|实施|立项)/, what: '村级项目方案' },
  {
    type: 'normative',
    re: /(办法|规定|细则|实施意见|若干措施|若干意见|通告|公告)|(人民政府|办公室|办公厅|局|委员会)[\s\S]{0,30}(通知|意见|决定)|〔\d{4}〕\d+号/,
    what: '行政规范性文件（办法、规定、通知等）',
  },
];

/** Guess the matter type from the title and the opening text, for `review-desk check` without --type. */
export function guessMatterType(blocks: readonly TextBlock[], title?: string): TypeGuess {
  const head = normalize(
    blocks
      .slice(0, 12)
      .map((b) => b.text)
      .join('\n'),
  ).text.slice(0, 1500);
  const t = normalize(title ?? '').text;
  for (const source of [
    { text: t, where: '标题' },
    { text: head, where: '正文开头' },
  ]) {
    if (source.text.trim() === '') continue;
    for (const clue of CLUES) {
      const m = clue.re.exec(source.text);
      if (m) return { type: clue.type, reason: `${source.where}含“${m[0].slice(0, 20)}”，判断为${clue.what}` };
    }
  }
  return { type: 'contract', reason: '未识别出文件类型特征，按合同协议处理' };
}
