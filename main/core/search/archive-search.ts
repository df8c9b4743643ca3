/**
 * Search over opinions (审查意见) and issued letters (出具的文书), so a reviewer finds how a clause was
 * handled before. Opinions are short rows and letters few per matter, so a substring scan (instr) is
 * exact and fast enough for a county's archive without another index to keep in step; the scan is
 * bounded by LIMIT and the text filters run in SQLite.
 */
import type Database from 'better-sqlite3';
import type { LetterSearchHit, OpinionSearchHit } from '../../../shared/contract/search.js';
import type { LetterKind, LetterModel } from '../../../shared/domain/letter.js';
import { LETTER_KIND_ZH } from '../../../shared/domain/letter-kinds.js';
import type { MatterType, ReviewResult } from '../../../shared/domain/matter.js';
import { prepared } from '../store/statements.js';
import { occurrencesIn, snippetAt } from './occurrences.js';
import { OPINION_WITH_MATTER_COLUMNS, opinionWithMatter, type OpinionWithMatterRow } from './opinion-row.js';

export interface ArchiveFilter {
  query: string;
  type?: MatterType;
  unit?: string;
  year?: number;
}

/** Rows scanned at most per kind; a query matching more is narrowed by the filters. */
const SCAN_LIMIT = 200;

function filterSql(f: ArchiveFilter): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.type) {
    where.push('m.type = @type');
    params.type = f.type;
  }
  if (f.unit) {
    where.push('instr(m.submitting_unit, @unit) > 0');
    params.unit = f.unit;
  }
  if (f.year) {
    where.push('m.received_on >= @yearFrom AND m.received_on < @yearTo');
    params.yearFrom = `${f.year}-01-01`;
    params.yearTo = `${f.year + 1}-01-01`;
  }
  return { sql: where.map((w) => ` AND ${w}`).join(''), params };
}

/** Opinions whose text, legal basis or quoted clause contains the query; newest first. */
export function searchOpinions(db: Database.Database, f: ArchiveFilter): OpinionSearchHit[] {
  const { sql, params } = filterSql(f);
  const ascii = /[A-Za-z]/.test(f.query);
  const has = (col: string) => (ascii ? `instr(lower(coalesce(${col}, '')), lower(@q)) > 0` : `instr(coalesce(${col}, ''), @q) > 0`);
  const rows = prepared(
    db,
    `SELECT ${OPINION_WITH_MATTER_COLUMNS}
     FROM opinions o JOIN matters m ON m.id = o.matter_id
     WHERE (${has('o.text')} OR ${has('o.basis')} OR ${has('o.quote')})${sql}
     ORDER BY m.received_on DESC, o.id DESC LIMIT ${SCAN_LIMIT}`,
  ).all({ ...params, q: f.query }) as OpinionWithMatterRow[];
  return rows.map((r) => {
    const hits = [r.text, r.basis ?? '', r.quote ?? ''].map((t) => ({ t, at: occurrencesIn(t, f.query) }));
    const first = hits.find((h) => h.at.length > 0) ?? { t: r.text, at: [] };
    return {
      ...opinionWithMatter(r),
      matchCount: hits.reduce((n, h) => n + h.at.length, 0),
      snippet: snippetAt(first.t, f.query, first.at[0] ?? 0),
    };
  });
}

/** The words a letter prints, from its archived model: title, opinions, summary, missing materials. */
export function letterText(model: Pick<LetterModel, 'matterTitle' | 'summary' | 'opinions' | 'missingMaterials'> & { closingText?: string | null }): string {
  return [model.matterTitle, model.summary, ...model.opinions.flatMap((o) => [o.text, o.legalBasis ?? '', o.quote ?? '']), ...model.missingMaterials, model.closingText ?? '']
    .filter(Boolean)
    .join('\n');
}

/** Issued letters whose printed words contain the query; newest first. */
export function searchLetters(db: Database.Database, f: ArchiveFilter): LetterSearchHit[] {
  const { sql, params } = filterSql(f);
  // instr on the JSON narrows the candidates (Chinese is stored unescaped); the words are then checked exactly.
  const rows = prepared(
    db,
    `SELECT l.id, l.matter_id, l.kind, l.number, l.issue_date, l.model_json, m.serial, m.title, m.type, m.result, m.received_on
     FROM letters l JOIN matters m ON m.id = l.matter_id
     WHERE instr(lower(l.model_json), lower(@q)) > 0${sql}
     ORDER BY l.issue_date DESC, l.id DESC LIMIT ${SCAN_LIMIT}`,
  ).all({ ...params, q: f.query }) as {
    id: number;
    matter_id: number;
    kind: LetterKind;
    number: string | null;
    issue_date: string;
    model_json: string;
    serial: string;
    title: string;
    type: MatterType;
    result: ReviewResult | null;
    received_on: string;
  }[];
  const hits: LetterSearchHit[] = [];
  for (const r of rows) {
    const text = letterText(JSON.parse(r.model_json) as LetterModel);
    const at = occurrencesIn(text, f.query);
    if (at.length === 0) continue;
    hits.push({
      letterId: r.id,
      matterId: r.matter_id,
      serial: r.serial,
      title: r.title,
      matterType: r.type,
      receivedOn: r.received_on,
      result: r.result,
      kindLabel: LETTER_KIND_ZH[r.kind],
      number: r.number,
      issueDate: r.issue_date,
      matchCount: at.length,
      snippet: snippetAt(text, f.query, at[0]!),
    });
  }
  return hits;
}
