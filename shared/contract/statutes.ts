import { z } from 'zod';
import { method } from './rpc.js';
import { ANY_ROLE, LIBRARY_WRITE, OFFICE_READ, REVIEW_WRITE } from '../domain/account.js';

/** The statute library (法规库, issue 18): laws, versions, articles, search, citations and change alerts. */

const LawName = z.string({ error: '请输入法规名称' }).trim().min(1, { error: '请输入法规名称' }).max(200);
const ArticleRef = z.string({ error: '请输入条号' }).trim().min(1, { error: '请输入条号' }).max(40);
const IsoDay = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const VersionStatus = z.enum(['in-force', 'amended', 'repealed']);
export type VersionStatus = z.infer<typeof VersionStatus>;

export const VERSION_STATUS_ZH: Record<VersionStatus, string> = { 'in-force': '现行有效', amended: '已被修改', repealed: '已废止' };

export const LawVersion = z.object({
  id: z.number().int(),
  /** The version's date (publish date); '' when the source gives none. */
  publish: z.string(),
  effective: z.string().nullable(),
  status: VersionStatus,
  title: z.string(),
  history: z.string(),
});
export type LawVersion = z.infer<typeof LawVersion>;

/** A newer version known to exist whose text the store does not hold (shown as 未收录). */
export const LaterVersionNotHeld = z.object({ publish: z.string(), effective: z.string(), what: z.string(), source: z.string() });
export type LaterVersionNotHeld = z.infer<typeof LaterVersionNotHeld>;

export const LawSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  title: z.string(),
  level: z.string(),
  versions: z.array(LawVersion),
  notHeld: z.array(LaterVersionNotHeld),
});
export type LawSummary = z.infer<typeof LawSummary>;

export const ArticleText = z.object({
  key: z.string(),
  label: z.string(),
  chapter: z.string(),
  text: z.string(),
});
export type ArticleText = z.infer<typeof ArticleText>;

export const LawSearchInput = z.object({
  query: z.string({ error: '请输入检索词' }).trim().min(1, { error: '请输入检索词' }).max(100, { error: '检索词不能超过100个字' }),
  /** Search the articles of one law only. */
  lawId: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(50),
});
export const LawSearchResult = z.object({
  laws: z.array(z.object({ lawId: z.number().int(), name: z.string(), title: z.string(), level: z.string(), status: VersionStatus })),
  articles: z.array(
    z.object({
      lawId: z.number().int(),
      name: z.string(),
      title: z.string(),
      versionId: z.number().int(),
      publish: z.string(),
      key: z.string(),
      label: z.string(),
      /** HTML: escaped text around the match, the match in <mark>. */
      snippet: z.string(),
    }),
  ),
});
export type LawSearchResult = z.infer<typeof LawSearchResult>;

export const LawShowInput = z.object({ law: LawName, article: ArticleRef, date: IsoDay.optional() });
export const ArticleView = z.object({
  law: z.string(),
  title: z.string(),
  key: z.string(),
  label: z.string(),
  chapter: z.string(),
  text: z.string(),
  /** The cited 款/项 alone when the reference names one. */
  part: z.string().nullable(),
  textHash: z.string(),
  versionId: z.number().int(),
  versionDate: z.string(),
  effective: z.string().nullable(),
  status: VersionStatus,
  /** 《中华人民共和国行政许可法》第十七条 */
  citation: z.string(),
  /** The date asked about falls on or after a newer version the store does not hold. */
  notHeld: LaterVersionNotHeld.nullable(),
});
export type ArticleView = z.infer<typeof ArticleView>;

export const LawReadInput = z.object({ lawId: z.number().int().positive(), versionId: z.number().int().positive().optional() });
export const LawReadResult = z.object({
  law: LawSummary,
  versionId: z.number().int(),
  preamble: z.string(),
  articles: z.array(ArticleText),
});
export type LawReadResult = z.infer<typeof LawReadResult>;

export const ArticleHistoryInput = z.object({ lawId: z.number().int().positive(), article: ArticleRef });
export const TextDiffPart = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export type TextDiffPart = z.infer<typeof TextDiffPart>;
export const ArticleHistory = z.object({
  law: z.string(),
  title: z.string(),
  key: z.string(),
  versions: z.array(
    z.object({
      versionId: z.number().int(),
      publish: z.string(),
      effective: z.string().nullable(),
      status: VersionStatus,
      label: z.string().nullable(),
      text: z.string().nullable(),
      /** Difference from the previous version that has the article (null for the first). */
      diff: z.array(TextDiffPart).nullable(),
    }),
  ),
});
export type ArticleHistory = z.infer<typeof ArticleHistory>;

export const StatuteStatus = z.object({
  ready: z.boolean(),
  building: z.boolean(),
  /** 0–1 while building. */
  progress: z.number(),
  error: z.string().nullable(),
  snapshots: z.array(
    z.object({ label: z.string(), kind: z.enum(['shipped', 'import']), takenOn: z.string().nullable(), importedAt: z.string() }),
  ),
  laws: z.number().int(),
  articles: z.number().int(),
});
export type StatuteStatus = z.infer<typeof StatuteStatus>;

export const LawImportInput = z.object({
  /** A snapshot folder or ZIP in the LawRefBook/Laws layout, on the machine running the core. */
  path: z.string({ error: '请选择法规快照文件夹或 ZIP' }).trim().min(1, { error: '请选择法规快照文件夹或 ZIP' }),
});
export const LawImportResult = z.object({
  added: z.number().int(),
  replaced: z.number().int(),
  unchanged: z.number().int(),
  changedArticles: z.number().int(),
  alerts: z.number().int(),
});
export type LawImportResult = z.infer<typeof LawImportResult>;

export const AlertTarget = z.enum(['opinion', 'checklist-item', 'library-entry']);
export type AlertTarget = z.infer<typeof AlertTarget>;
export const ALERT_TARGET_ZH: Record<AlertTarget, string> = { opinion: '审查意见', 'checklist-item': '审查要点', 'library-entry': '法律依据库' };
export const ChangeKind = z.enum(['amended', 'removed', 'repealed']);
export const CHANGE_KIND_ZH: Record<z.infer<typeof ChangeKind>, string> = { amended: '条文已修改', removed: '条文已删除或移位', repealed: '法规已废止' };

export const StatuteAlert = z.object({
  id: z.number().int(),
  target: AlertTarget,
  /** Opinion id, template item id (template:item) or library entry id. */
  targetRef: z.string(),
  /** What the target is, in words (the opinion's matter serial and text, the item's question…). */
  targetLabel: z.string(),
  matterId: z.number().int().nullable(),
  law: z.string(),
  articleKey: z.string(),
  articleLabel: z.string(),
  change: ChangeKind,
  fromVersion: z.string(),
  toVersion: z.string().nullable(),
  /** Issued letters of the matter that relied on the cited article (the letters are not changed). */
  letterNumbers: z.array(z.string()),
  createdAt: z.string(),
  seenAt: z.string().nullable(),
  seenBy: z.string().nullable(),
});
export type StatuteAlert = z.infer<typeof StatuteAlert>;

export const AlertListInput = z.object({ includeSeen: z.boolean().default(false) });
export const AlertList = z.object({ alerts: z.array(StatuteAlert), open: z.number().int() });
export const AlertDiffInput = z.object({ id: z.number().int().positive() });
export const AlertDiff = z.object({ before: z.string().nullable(), after: z.string().nullable(), diff: z.array(TextDiffPart) });
export const AlertSeenInput = z.object({ id: z.number().int().positive() });

/** An article an opinion cited, as stored with the opinion, against the statute store today. */
export const CitedVersion = z.object({
  opinionId: z.number().int(),
  /** 《中华人民共和国民法典》第七百零五条第一款 */
  citation: z.string(),
  /** The version the opinion cited (its publish date). */
  versionDate: z.string(),
  /** That version now: 现行 / 已修改 / 已废止; unknown while the statute store is not built or lacks the law. */
  status: z.enum(['in-force', 'amended', 'repealed', 'unknown']),
  /** The date of the version in force today (or of a newer version known but not held), when it is not the cited one. */
  newerVersion: z.string().nullable(),
  /** The stored SHA-256 of the cited text no longer matches the same article (款/项) of the version in force today. */
  textChanged: z.boolean(),
});
export type CitedVersion = z.infer<typeof CitedVersion>;
export const CITED_STATUS_ZH: Record<CitedVersion['status'], string> = { 'in-force': '现行', amended: '已修改', repealed: '已废止', unknown: '未核对' };

/**
 * Statute text is public reference data: every signed-in role reads it. Alerts name the office's opinions,
 * so they are for the office only; importing a snapshot changes shared reference data (library writers).
 */
export const statutesContract = {
  'law.status': method({ roles: ANY_ROLE, input: z.object({}).strict(), output: StatuteStatus, writes: false }),
  /**
   * Starts building the store from the shipped snapshot (in a worker); poll law.status for progress. It
   * writes only the reference-data file built from what the program ships, never the archive, so any
   * role may trigger it.
   */
  'law.prepare': method({ roles: ANY_ROLE, input: z.object({}).strict(), output: StatuteStatus, writes: false }),
  'law.search': method({ roles: ANY_ROLE, input: LawSearchInput, output: LawSearchResult, writes: false }),
  'law.show': method({ roles: ANY_ROLE, input: LawShowInput, output: ArticleView, writes: false }),
  'law.read': method({ roles: ANY_ROLE, input: LawReadInput, output: LawReadResult, writes: false }),
  'law.history': method({ roles: ANY_ROLE, input: ArticleHistoryInput, output: ArticleHistory, writes: false }),
  'law.import': method({ roles: LIBRARY_WRITE, input: LawImportInput, output: LawImportResult, writes: true }),
  'law.alerts': method({ roles: OFFICE_READ, input: AlertListInput, output: AlertList, writes: false }),
  'law.alertDiff': method({ roles: OFFICE_READ, input: AlertDiffInput, output: AlertDiff, writes: false }),
  'law.alertSeen': method({ roles: REVIEW_WRITE, input: AlertSeenInput, output: z.object({ ok: z.literal(true) }), writes: true }),
  /** The versions a matter's opinions cited and whether they are still the law (shown on each opinion). */
  'law.citedVersions': method({
    roles: OFFICE_READ,
    matterOf: 'matterId',
    input: z.object({ matterId: z.number().int().positive() }),
    output: z.array(CitedVersion),
    writes: false,
  }),
};
