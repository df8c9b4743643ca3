import { z } from 'zod';
import { MatterType, Severity } from './matter.js';

/**
 * Checklist templates, the legal-basis library and the opinion phrase library (issue 4's data).
 * The data files live in resources/checklists, resources/legal-basis and resources/phrases.
 */

/** The four legality dimensions plus type-specific items: 主体合法 / 权限合法 / 内容合法 / 程序合法 / 类型专项. */
export const CHECKLIST_DIMENSIONS = ['subject', 'authority', 'content', 'procedure', 'specific'] as const;
export const ChecklistDimension = z.enum(CHECKLIST_DIMENSIONS);
export type ChecklistDimension = z.infer<typeof ChecklistDimension>;

/** The four dimensions every template must cover ('specific' is extra). */
export const CORE_DIMENSIONS = ['subject', 'authority', 'content', 'procedure'] as const;

export const DIMENSION_ZH: Record<ChecklistDimension, string> = {
  subject: '主体合法',
  authority: '权限合法',
  content: '内容合法',
  procedure: '程序合法',
  specific: '类型专项',
};

/**
 * How sure the team's domain reference is about a point (its §0 marks):
 * verbatim = 【原文】 checked against the statute text (verbatim or faithful paraphrase);
 * secondary = 【二手】 only secondary reproductions agree; unverified = not confirmed from any source;
 * practice = 〔实务〕 common practice or local rule, not a national legal requirement.
 */
export const CERTAINTIES = ['verbatim', 'secondary', 'unverified', 'practice'] as const;
export const Certainty = z.enum(CERTAINTIES);
export type Certainty = z.infer<typeof Certainty>;

export const CERTAINTY_ZH: Record<Certainty, string> = {
  verbatim: '【原文】',
  secondary: '【二手】',
  unverified: '（未核实）',
  practice: '〔实务〕',
};

const zhText = z.string().trim().min(1);
const itemIdPattern = /^[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*$/;
const basisIdPattern = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** Stable key of a checklist item, e.g. VR-01, GC-07a, MD-10-1 (the reference's IDs). */
export const ChecklistItemId = z.string().regex(itemIdPattern, '编号只能由字母、数字和 - _ . 组成，并以字母开头');
/** Key of a legal-basis entry, e.g. civil-705, vco-27, md-19-21. */
export const LegalBasisId = z.string().regex(basisIdPattern, '依据编号只能由小写字母、数字和 - . 组成');

/** Integer (office templates) or semver string (built-in templates). */
export const TemplateVersion = z.union([
  z.number().int().positive(),
  z.string().regex(/^\d+\.\d+\.\d+$/, '版本号应为正整数或 x.y.z 形式'),
]);
export type TemplateVersion = z.infer<typeof TemplateVersion>;

export const ChecklistItem = z.object({
  id: ChecklistItemId,
  dimension: ChecklistDimension,
  question: zhText,
  guidance: zhText,
  basis: z.array(LegalBasisId),
  defaultSeverity: Severity,
  required: z.boolean(),
  certainty: Certainty,
  note: zhText.optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const TEMPLATE_SOURCES = ['builtin', 'office'] as const;
export const TemplateSource = z.enum(TEMPLATE_SOURCES);
export type TemplateSource = z.infer<typeof TemplateSource>;

export const ChecklistTemplate = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, '模板编号只能由字母、数字和 . _ - 组成'),
    version: TemplateVersion,
    matterType: MatterType,
    title: zhText,
    source: TemplateSource,
    /** The office that owns a copied template. */
    office: zhText.optional(),
    /** The template (and version) an office copy was made from. */
    derivedFrom: z.object({ id: z.string().min(1), version: TemplateVersion }).optional(),
    description: zhText.optional(),
    items: z.array(ChecklistItem).min(1),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.items.forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `审查要点编号“${item.id}”重复` });
      }
      seen.add(item.id);
    });
  });
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>;

export const LegalBasisEntry = z.object({
  id: LegalBasisId,
  /** Full name of the law, regulation or document. */
  law: zhText,
  /** As written in the reference, e.g. 第27条, 第19–21条, 第10、11条; empty when a whole document is cited. */
  article: z.string().trim(),
  /** Short summary in Chinese. A paraphrase unless `verbatim` is true. */
  summary: zhText,
  /** True only when `summary` is literal statute text (quoted in the reference); never assume it. */
  verbatim: z.boolean(),
  effectiveDate: z.iso.date().optional(),
  /** Version as in the reference's version list, e.g. 2018修正, 2024（国务院令第783号）. */
  version: z.string().trim().min(1).optional(),
  certainty: Certainty,
  /** The statute version cited (its date, as in the statute store), for entries the store holds. */
  versionDate: z.iso.date().optional(),
  /**
   * The cited text verbatim as the statute store holds it (the cited 款 when one is named; several
   * articles joined by line breaks). A test checks it against the store; the paraphrase is `summary`.
   */
  quote: z.string().optional(),
  /** A policy document or standard outside the statute snapshot: shown as 未收录, never resolved. */
  outsideSnapshot: z.boolean().optional(),
  /** Where the text was taken from (repository path or web address). */
  source: z.string().trim().min(1).optional(),
  /** Short names reviewers type, e.g. 组织法, 713号令. */
  aliases: z.array(zhText).optional(),
  note: zhText.optional(),
});
export type LegalBasisEntry = z.infer<typeof LegalBasisEntry>;

function uniqueIds<T extends { id: string }>(key: string, label: string) {
  return (list: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `${label}编号“${entry.id}”重复` });
      }
      seen.add(entry.id);
    });
  };
}

export const LegalBasisLibrary = z
  .object({ version: z.string().min(1), entries: z.array(LegalBasisEntry) })
  .superRefine((lib, ctx) => uniqueIds<LegalBasisEntry>('entries', '法律依据')(lib.entries, ctx));
export type LegalBasisLibrary = z.infer<typeof LegalBasisLibrary>;

export const Phrase = z.object({
  id: z.string().regex(itemIdPattern, '编号只能由字母、数字和 - _ . 组成，并以字母开头'),
  text: zhText,
  basisIds: z.array(LegalBasisId),
  /** Matter types the phrase suits; empty means all types. */
  matterTypes: z.array(MatterType),
  /** Checklist items the phrase answers (item ids as in the templates). */
  itemIds: z.array(ChecklistItemId),
  tags: z.array(zhText),
  severity: Severity.optional(),
});
export type Phrase = z.infer<typeof Phrase>;

export const PhraseLibrary = z
  .object({ version: z.string().min(1), phrases: z.array(Phrase) })
  .superRefine((lib, ctx) => uniqueIds<Phrase>('phrases', '常用意见')(lib.phrases, ctx));
export type PhraseLibrary = z.infer<typeof PhraseLibrary>;

/** Marker and version of an exported template file, so another office's copy can be recognised. */
export const TEMPLATE_EXPORT_FORMAT = 'review-desk/checklist-template';
export const TEMPLATE_EXPORT_FORMAT_VERSION = 1;
