/**
 * The statute library's operations as the doors call them (contract: shared/contract/statutes.ts).
 */
import type { z } from 'zod';
import type {
  ArticleHistory,
  ArticleHistoryInput,
  ArticleView,
  LawReadInput,
  LawReadResult,
  LawSearchInput,
  LawSearchResult,
  LawShowInput,
  LawSummary,
  StatuteStatus,
} from '../../../shared/contract/statutes.js';
import { AppError } from '../errors.js';
import { buildState, startBuild } from './build-pool.js';
import { citedPart, formatCitation, parseCitationRef } from './citation.js';
import { notHeldVersions } from './known-amendments.js';
import {
  diffTexts,
  findLaw,
  getArticle,
  getLaw,
  listVersions,
  searchArticles,
  searchLaws,
  versionArticles,
  versionOn,
  versionPreamble,
  type LawRow,
} from './statute-queries.js';
import { listSnapshots, readyStatuteDb, statutesReady } from './statute-store.js';
import type Database from 'better-sqlite3';

export function statuteStatus(dataDir: string): StatuteStatus {
  const build = buildState(dataDir);
  const ready = !build?.building && statutesReady(dataDir);
  const db = ready ? readyStatuteDb(dataDir) : null;
  const count = (sql: string) => (db ? (db.prepare(sql).get() as { n: number }).n : 0);
  return {
    ready,
    building: build?.building ?? false,
    progress: ready ? 1 : (build?.progress ?? 0),
    error: build?.error ?? null,
    snapshots: db
      ? listSnapshots(db).map((s) => ({ label: s.label, kind: s.kind, takenOn: s.taken_on, importedAt: s.imported_at }))
      : [],
    laws: count('SELECT count(*) AS n FROM laws'),
    articles: count('SELECT count(*) AS n FROM articles'),
  };
}

export function prepareStatutes(dataDir: string): StatuteStatus {
  if (!statutesReady(dataDir)) startBuild(dataDir);
  return statuteStatus(dataDir);
}

function lawSummary(db: Database.Database, law: LawRow): LawSummary {
  const versions = listVersions(db, law.id);
  return {
    id: law.id,
    name: law.name,
    title: law.title,
    level: law.level,
    versions: versions.map(({ id, publish, effective, status, title, history }) => ({ id, publish, effective, status, title, history })),
    notHeld: notHeldVersions(law.name, versions.at(-1)?.publish ?? ''),
  };
}

function requireLaw(db: Database.Database, name: string): LawRow {
  const law = findLaw(db, name);
  if (!law) throw new AppError('statutes.law-not-found', `法规库中没有“${name}”。请检查名称，或先用 law search 查找。`);
  return law;
}

export function lawSearch(db: Database.Database, input: z.output<typeof LawSearchInput>): LawSearchResult {
  return {
    laws: input.lawId === undefined ? searchLaws(db, input.query, 30) : [],
    articles: searchArticles(db, input.query, input.limit, input.lawId),
  };
}

/** The article of the version in force on `date` (default today), with that version's dates. */
export function lawShow(db: Database.Database, input: z.output<typeof LawShowInput>, today: string): ArticleView {
  const law = requireLaw(db, input.law);
  const ref = parseCitationRef(/条/.test(input.article) ? input.article : `第${input.article}条`);
  const key = ref.keys[0];
  if (!key) throw new AppError('statutes.bad-article', `无法识别条号“${input.article}”，请写作 第27条、27 或 第十七条之一。`);
  const date = input.date ?? today;
  const version = versionOn(db, law.id, date);
  if (!version) {
    const first = listVersions(db, law.id)[0];
    throw new AppError('statutes.no-version', `《${law.title}》在 ${date} 尚未施行（法规库中最早的版本自 ${first?.effective ?? first?.publish ?? '—'} 起施行）。`);
  }
  const article = getArticle(db, version.id, key);
  if (!article) throw new AppError('statutes.article-not-found', `《${version.title || law.title}》（${version.publish || version.effective}版）没有第${input.article.replace(/^第|条$/g, '')}条。`);
  const notHeld = notHeldVersions(law.name, listVersions(db, law.id).at(-1)?.publish ?? '').filter((a) => a.effective <= date).at(-1) ?? null;
  return {
    law: law.name,
    title: version.title || law.title,
    key,
    label: article.label,
    chapter: article.chapter,
    text: article.text,
    part: ref.paragraph || ref.item ? (citedPart(article.text, ref.paragraph, ref.item) ?? null) : null,
    textHash: article.hash,
    versionId: version.id,
    versionDate: version.publish || version.effective || '',
    effective: version.effective,
    status: version.status,
    citation: formatCitation(version.title || law.title, article.label, ref.paragraph, ref.item),
    notHeld,
  };
}

export function lawRead(db: Database.Database, input: z.output<typeof LawReadInput>): LawReadResult {
  const law = getLaw(db, input.lawId);
  if (!law) throw new AppError('statutes.law-not-found', '法规库中没有这部法规。');
  const versions = listVersions(db, law.id);
  const version = input.versionId === undefined ? versions.at(-1) : versions.find((v) => v.id === input.versionId);
  if (!version) throw new AppError('statutes.no-version', '这部法规没有该版本。');
  return {
    law: lawSummary(db, law),
    versionId: version.id,
    preamble: versionPreamble(db, version.id),
    articles: versionArticles(db, version.id).map(({ key, label, chapter, text }) => ({ key, label, chapter, text })),
  };
}

/** An article through every version of its law, each with the difference from the one before. */
export function articleHistory(db: Database.Database, input: z.output<typeof ArticleHistoryInput>): ArticleHistory {
  const law = getLaw(db, input.lawId);
  if (!law) throw new AppError('statutes.law-not-found', '法规库中没有这部法规。');
  const key = parseCitationRef(/条/.test(input.article) ? input.article : `第${input.article}条`).keys[0] ?? input.article;
  let previous: string | null = null;
  const versions = listVersions(db, law.id).map((v) => {
    const a = getArticle(db, v.id, key);
    const text = a?.text ?? null;
    const diff = previous !== null && text !== null ? diffTexts(previous, text) : null;
    if (text !== null) previous = text;
    return { versionId: v.id, publish: v.publish, effective: v.effective, status: v.status, label: a?.label ?? null, text, diff };
  });
  return { law: law.name, title: law.title, key, versions };
}
