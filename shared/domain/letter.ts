import { z } from 'zod';
import { ChecklistDimension } from './checklist.js';
import { MatterStatus, MatterType, ReviewResult, Severity } from './matter.js';
import { LETTER_KINDS } from './letter-kinds.js';

/** ISO calendar date yyyy-mm-dd that names a real day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 yyyy-mm-dd')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, '日期不存在');
export type IsoDate = z.infer<typeof IsoDate>;

export { LETTER_KINDS, LETTER_KIND_ZH } from './letter-kinds.js';
/** The letters an office issues from a review. */
export const LetterKind = z.enum(LETTER_KINDS);
export type LetterKind = z.infer<typeof LetterKind>;

/** One opinion as printed in a letter; the order in `LetterModel.opinions` is the reviewer's order. */
export const LetterOpinion = z.object({
  text: z.string().min(1),
  severity: Severity,
  /** e.g. 《中华人民共和国村民委员会组织法》第二十七条第二款; null when none was given. */
  legalBasis: z.string().min(1).nullable(),
  /** The quoted passage of the submitted document the opinion is about. */
  quote: z.string().min(1).optional(),
  /** Legality dimension of the checklist item the opinion belongs to (主体/权限/内容/程序), when known. */
  dimension: ChecklistDimension.optional(),
  /** Article text quoted under the basis, from the statute store when the article is known there. */
  articleText: z.string().min(1).optional(),
});
export type LetterOpinion = z.infer<typeof LetterOpinion>;

/** Everything a letter prints. Built by the caller from the matter, its review and the office settings. */
export const LetterModel = z.object({
  kind: LetterKind,
  officeName: z.string().min(1),
  /** 文号 such as 郯司审〔2024〕15号; null for a draft that has no number yet. */
  letterNumber: z.string().min(1).nullable(),
  /** 主送机关: the submitting unit. */
  recipient: z.string().min(1),
  matterTitle: z.string().min(1),
  matterType: MatterType,
  receivedDate: IsoDate,
  conclusion: ReviewResult.nullable(),
  /** Free text printed after the conclusion; may be empty. */
  summary: z.string(),
  opinions: z.array(LetterOpinion),
  /** For return notices: the materials to be supplied. */
  missingMaterials: z.array(z.string().min(1)),
  /** Attachment names, printed in the 附件说明 without a trailing full stop. */
  attachments: z.array(z.string().min(1)),
  /** Closing paragraph(s), one per line; null means the office's default closing text; '' prints none. */
  closingText: z.string().nullable(),
  /** Names as recorded on the review (审查人, 复核/签批人). */
  signatures: z.object({
    reviewer: z.string().min(1).nullable(),
    approver: z.string().min(1).nullable(),
  }),
  /** 成文日期. */
  issueDate: IsoDate,
  /** Number (or, for unnumbered kinds, date and kind) of the earlier letter this one corrects. */
  corrects: z.string().min(1).optional(),
  /** Why the earlier letter is corrected; printed in the correction note. */
  correctionReason: z.string().min(1).optional(),
  /** 送审材料: the documents reviewed, as named on import. */
  materials: z.array(z.string().min(1)).default([]),
  /** Return notices: the date by which the materials must be supplied (counted in working days). */
  returnDeadline: IsoDate.nullable().default(null),
  /** Return notices: print the opinions reached so far. */
  attachOpinions: z.boolean().default(false),
  /** 附注 line, e.g. 联系人：王某，电话：0539-0000000 (printed in round brackets); null for none. */
  contact: z.string().min(1).nullable(),
});
export type LetterModel = z.infer<typeof LetterModel>;
/** A model as callers write it (the parts added later have defaults). */
export type LetterModelInput = z.input<typeof LetterModel>;

/** A font and the names to try when it is not installed, most preferred first. */
export const FontChain = z.array(z.string().min(1)).min(1);
export type FontChain = z.infer<typeof FontChain>;

export const LetterFonts = z.object({
  /** 标题 and 发文机关标志: 小标宋. */
  title: FontChain,
  /** 正文 and most elements: 仿宋. */
  body: FontChain,
  /** First-level headings 一、: 黑体. */
  heading1: FontChain,
  /** Second-level headings （一）: 楷体. */
  heading2: FontChain,
  /** Page numbers: 宋体. */
  pageNumber: FontChain,
  /** Font for digits and Latin letters; null uses the element's Chinese font. 〔实务〕 */
  latin: z.string().min(1).nullable(),
});
export type LetterFonts = z.infer<typeof LetterFonts>;

/**
 * The fixed wording of one letter kind. Placeholders: {matter} (the title in 《》), {recipient},
 * {office}, {receivedDate} (e.g. 2024年1月5日), {corrects}.
 */
export const LetterFixedTexts = z.object({
  title: z.string().min(1),
  opening: z.string(),
  conclusionHeading: z.string().min(1),
  opinionsHeading: z.string().min(1),
  missingHeading: z.string().min(1),
  /** Lead-in before the missing-materials list. */
  missingIntro: z.string(),
  /** Group headings for opinions by severity. */
  severityHeadings: z.object({ must: z.string().min(1), should: z.string().min(1), hint: z.string().min(1) }),
  basisLabel: z.string().min(1),
  quoteLabel: z.string().min(1),
  /** Printed first when the letter corrects an earlier one. */
  correctionNote: z.string().min(1),
  /** Sentence for each conclusion, e.g. 经审查，该事项{result}。 — {result} is 合法 / 修改后合法 / 不合法. */
  conclusionSentence: z.string().min(1),
  /**
   * Words put for {result}, per conclusion; absent: 合法 / 修改后合法 / 不合法. A legal opinion on a contract
   * says what the client may do ("修改完善后可以签订"), not "修改后合法".
   */
  resultWords: z.record(ReviewResult, z.string().min(1)).optional(),
  /** Headings of the parts added in issue 11; older saved settings get these defaults. */
  materialsHeading: z.string().min(1).default('审查事项及送审材料'),
  materialsIntro: z.string().default('送审材料如下：'),
  basisHeading: z.string().min(1).default('审查依据'),
  factsHeading: z.string().min(1).default('基本事实'),
  /** Return notices: {deadline} is the date by which the materials are due. */
  deadlineSentence: z.string().default('请于{deadline}前补正后重新报送；逾期未补正的，视为撤回审查申请。'),
});
export type LetterFixedTexts = z.infer<typeof LetterFixedTexts>;

/** How a letter kind is numbered: from the office's main series, its own series with its own 代字, or not at all. 〔实务〕 */
export const NUMBERING_MODES = ['shared', 'own', 'none'] as const;
export const KindNumbering = z.object({
  mode: z.enum(NUMBERING_MODES),
  /** 代字 of the kind's own series (mode 'own'); must differ from the main one so numbers never collide. */
  prefix: z.string().trim().min(1).optional(),
});
export type KindNumbering = z.infer<typeof KindNumbering>;

export const DEFAULT_NUMBERING: Record<LetterKind, KindNumbering> = {
  'legality-opinion': { mode: 'shared' },
  'legal-opinion': { mode: 'shared' },
  'return-notice': { mode: 'none' },
};

/** How opinions are grouped in a letter: by severity (必须/建议/提示) or by legality dimension (主体/权限/内容/程序). */
export const OPINION_GROUPINGS = ['severity', 'dimension'] as const;

export const OfficeSettings = z.object({
  /** Empty until the office has entered it: no letter is issued before (the first-run check asks for it). */
  officeName: z.string().trim(),
  /** 文号 pattern, e.g. {prefix}〔{year}〕{n}号 */
  numberPattern: z.string().includes('{n}'),
  numberPrefix: z.string().min(1),
  /** Per letter kind: shared series, own series or unnumbered. Older settings without it use the defaults. */
  numbering: z.record(LetterKind, KindNumbering).default(() => structuredClone(DEFAULT_NUMBERING)),
  /** Group opinions by severity or by legality dimension. */
  opinionGrouping: z.enum(OPINION_GROUPINGS).default('severity'),
  /** Print a 审查依据 part (the laws cited) and a 送审材料 part (the documents reviewed). */
  printBasisPart: z.boolean().default(true),
  printMaterialsPart: z.boolean().default(true),
  /**
   * Under each opinion's basis, quote the article (or the cited 款/项) verbatim from the statute store,
   * in the version in force on the letter's date ("该条规定：“…”"). Only where the store holds it.
   */
  quoteArticles: z.boolean().default(true),
  /** Working days given to the submitting unit to supply missing materials (退回补正通知). 〔实务〕 */
  returnDeadlineDays: z.number().int().min(1).max(60).default(5),
  signatureLines: z.object({
    /**
     * Print the internal 经办信息 line (审查人/复核人) on the outgoing letter. Off by default: the names
     * belong on the 审查登记表, which always shows them. 〔实务〕
     */
    show: z.boolean(),
    reviewerLabel: z.string().min(1),
    approverLabel: z.string().min(1),
  }),
  defaultClosingText: z.record(LetterKind, z.string()),
  fixedTexts: z.record(LetterKind, LetterFixedTexts),
  fonts: LetterFonts,
  /** Letters go out under a seal (GB/T 9704 7.3.5.1) rather than unsealed (7.3.5.2). */
  sealed: z.boolean(),
  /** Print the office name as 发文机关标志 with the red separator line above the title. */
  showOfficeHeader: z.boolean(),
});
export type OfficeSettings = z.infer<typeof OfficeSettings>;

/** Facts printed on the 审查登记表 (summary sheet) of one matter. */
export const SummarySheetModel = z.object({
  officeName: z.string().min(1),
  serialNumber: z.string().min(1),
  matterTitle: z.string().min(1),
  matterType: MatterType,
  submittingUnit: z.string().min(1),
  contact: z.string().nullable(),
  receivedDate: IsoDate,
  dueDate: IsoDate.nullable(),
  completedDate: IsoDate.nullable(),
  status: MatterStatus,
  reviewer: z.string().nullable(),
  approver: z.string().nullable(),
  conclusion: ReviewResult.nullable(),
  summary: z.string(),
  /** Letters issued for the matter, in issue order. */
  letters: z.array(z.object({ number: z.string().nullable(), kind: LetterKind, issueDate: IsoDate })),
  opinionCounts: z.object({
    must: z.number().int().nonnegative(),
    should: z.number().int().nonnegative(),
    hint: z.number().int().nonnegative(),
  }),
  /** Adoption of the opinions after feedback (采纳 / 部分采纳 / 未采纳 / 未反馈). */
  adoption: z.object({
    adopted: z.number().int().nonnegative(),
    partial: z.number().int().nonnegative(),
    rejected: z.number().int().nonnegative(),
    pending: z.number().int().nonnegative(),
  }),
  notes: z.string().nullable(),
  /** Date the sheet is printed (ISO). */
  printedOn: IsoDate,
});
export type SummarySheetModel = z.infer<typeof SummarySheetModel>;

const COMMON_HEADINGS = {
  severityHeadings: { must: '必须修改的问题', should: '建议修改的问题', hint: '提示事项' },
  basisLabel: '依据',
  quoteLabel: '原文',
  correctionNote: '本文书系对{corrects}的更正（更正原因：{reason}），内容不一致的，以本文书为准。',
  conclusionSentence: '经审查，审查结论为：{result}。',
  materialsHeading: '审查事项及送审材料',
  materialsIntro: '送审材料如下：',
  basisHeading: '审查依据',
  factsHeading: '基本事实',
  deadlineSentence: '请于{deadline}前补正后重新报送；逾期未补正的，视为撤回审查申请。',
} as const;

/** Default wording per letter kind (〔实务〕: no national template exists; offices edit these). */
export const DEFAULT_FIXED_TEXTS: Record<LetterKind, LetterFixedTexts> = {
  'legality-opinion': {
    ...COMMON_HEADINGS,
    title: '关于{matter}的合法性审查意见书',
    opening:
      '你单位于{receivedDate}报送的{matter}及相关材料收悉。根据有关法律、法规、规章和规范性文件的规定，我单位对其进行了合法性审查。现将审查意见函告如下：',
    conclusionHeading: '审查结论',
    opinionsHeading: '审查意见',
    missingHeading: '需补正的材料',
    missingIntro: '请补充以下材料：',
  },
  'legal-opinion': {
    ...COMMON_HEADINGS,
    title: '关于{matter}的法律意见书',
    opening: '受你单位委托，我单位就{matter}所涉法律问题进行了审查，现出具法律意见如下：',
    conclusionHeading: '结论意见',
    opinionsHeading: '法律分析',
    missingHeading: '需补充的材料',
    missingIntro: '请补充以下材料：',
    conclusionSentence: '综上，我单位认为：{result}。',
    materialsHeading: '委托事项及审查材料',
    resultWords: {
      lawful: '该事项未发现违反法律、行政法规强制性规定的内容，可以按现有文本签订、履行',
      'lawful-after-revision': '该事项按本意见第三部分所列意见修改完善后，可以签订、履行',
      unlawful: '该事项存在违反法律、行政法规强制性规定的内容，不宜按现有文本签订、履行，建议重新拟定',
    },
  },
  'return-notice': {
    ...COMMON_HEADINGS,
    title: '关于{matter}送审材料补正的通知',
    opening: '你单位于{receivedDate}报送的{matter}及相关材料收悉。经审查，送审材料尚不齐全，现退回你单位补正。',
    conclusionHeading: '审查结论',
    opinionsHeading: '初步审查意见',
    missingHeading: '需补正的材料',
    missingIntro: '请补充以下材料后重新报送：',
  },
};

export const DEFAULT_CLOSING_TEXT: Record<LetterKind, string> = {
  'legality-opinion':
    '本意见依据送审材料作出，材料的真实性、完整性由送审单位负责。请按本意见修改完善，并将采纳情况书面反馈我单位。',
  'legal-opinion':
    '本法律意见仅基于你单位提供的材料作出，材料的真实性、完整性由提供方负责；本意见仅供你单位就上述事项决策参考使用。',
  'return-notice': '请补正后重新报送，我单位收到补正材料后继续审查。',
};

/** Font names as offices have them installed, most preferred first (reference §3.1). */
export const DEFAULT_LETTER_FONTS: LetterFonts = {
  title: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', '宋体', 'SimSun'],
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong'],
  heading1: ['黑体', 'SimHei', 'STHeiti'],
  heading2: ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti'],
  pageNumber: ['宋体', 'SimSun'],
  latin: null,
};

/** Settings for a new office; everything stays editable. */
export function defaultOfficeSettings(officeName: string, numberPrefix: string): OfficeSettings {
  return {
    officeName,
    numberPattern: '{prefix}〔{year}〕{n}号',
    numberPrefix,
    numbering: structuredClone(DEFAULT_NUMBERING),
    opinionGrouping: 'severity',
    printBasisPart: true,
    printMaterialsPart: true,
    quoteArticles: true,
    returnDeadlineDays: 5,
    signatureLines: { show: false, reviewerLabel: '审查人', approverLabel: '复核人' },
    defaultClosingText: { ...DEFAULT_CLOSING_TEXT },
    fixedTexts: structuredClone(DEFAULT_FIXED_TEXTS),
    fonts: structuredClone(DEFAULT_LETTER_FONTS),
    sealed: true,
    showOfficeHeader: true,
  };
}
