/** Letter models for the tests. */
import { defaultOfficeSettings, type LetterModel, type LetterOpinion } from '../../../shared/domain/letter.js';
import { SEVERITIES } from '../../../shared/domain/matter.js';

export const settings = defaultOfficeSettings('郯城县司法局', '郯司审');

export const opinions: LetterOpinion[] = [
  {
    text: '第五条“外嫁女不得参与集体收益分配”的规定与男女平等原则不符，应当删除。',
    severity: 'must',
    legalBasis: '《中华人民共和国妇女权益保障法》第五十五条',
    quote: '外嫁女不得参与集体收益分配',
  },
  { text: '第八条罚则表述过宽，建议明确适用情形和程序。', severity: 'should', legalBasis: null },
  { text: '第九条设定罚款缺乏法律依据，应当删除。', severity: 'must', legalBasis: '《中华人民共和国行政处罚法》第十六条' },
  { text: '通过后应向全体村民公布，并报乡镇人民政府备案。', severity: 'hint', legalBasis: '《中华人民共和国村民委员会组织法》第二十七条' },
  { text: '第三条“<村两委>”的称谓应统一 & 规范。', severity: 'should', legalBasis: null },
];

export function legalityOpinion(overrides: Partial<LetterModel> = {}): LetterModel {
  return {
    kind: 'legality-opinion',
    officeName: '郯城县司法局',
    letterNumber: '郯司审〔2024〕15号',
    recipient: '郯城县某某镇某某村民委员会',
    matterTitle: '某某村村规民约（送审稿）',
    matterType: 'village.rules',
    receivedDate: '2024-01-05',
    conclusion: 'lawful-after-revision',
    summary: '该村规民约总体符合法律规定，个别条款需按本意见修改。',
    opinions,
    missingMaterials: [],
    materials: [],
    returnDeadline: null,
    attachOpinions: false,
    attachments: ['修改意见对照表', '审查依据条文摘录'],
    closingText: null,
    signatures: { reviewer: '张三', approver: '李四' },
    issueDate: '2024-01-15',
    contact: '联系人：王五，电话：0539-6212345',
    ...overrides,
  };
}

/** n opinions cycling through the severities, numbered so their order can be checked. */
export function manyOpinions(n: number): LetterOpinion[] {
  return Array.from({ length: n }, (_, i) => ({
    text: `第${i + 1}号意见：条款${i + 1}的表述需要修改。`,
    severity: SEVERITIES[i % 3]!,
    legalBasis: i % 2 ? `《中华人民共和国民法典》第${i + 100}条` : null,
  }));
}
