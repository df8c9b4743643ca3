/**
 * Groups a snapshot's files into law versions: one version per (law, publish date); the parts of a law
 * split across files (民法典's 编) are joined in the index's order, their part name put in front of the
 * chapter path. Also decides each version's effective date.
 */
import { createHash } from 'node:crypto';
import { effectiveDateFromHistory, parseLawMarkdown, type ParsedArticle } from './parse-law.js';
import type { SnapshotEntry } from './snapshot-source.js';

export interface LawVersionInput {
  name: string;
  title: string;
  level: string;
  folder: string;
  /** The version's date (its publish date), '' when the source gives none. */
  publish: string;
  /** valid_from of the index, else a 施行 date in the history lines, else the publish date. */
  effective: string | null;
  /** Where `effective` came from: the index, the history lines, the law's own 施行 article, or the publish date. */
  effectiveSource: 'index' | 'history' | 'article' | 'publish' | 'none';
  expired: boolean;
  history: string[];
  preamble: string[];
  articles: ParsedArticle[];
  files: string[];
  /** Part names (民法典's 编) when the law is split across files, in order; [] for a single file. */
  parts: string[];
  contentHash: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The text of an article as stored: its paragraphs joined by line breaks. */
export function articleText(article: ParsedArticle): string {
  return article.paragraphs.join('\n');
}

/** 中华人民共和国村民委员会组织法 → 村民委员会组织法, for matching citations to index names. */
export function shortLawName(name: string): string {
  return name.replace(/^中华人民共和国/, '').replace(/\s+/g, '').trim();
}

const OWN_START = /^本(?:法|条例|规定|办法|细则|决定|解释|规则|准则)自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/;

/**
 * The index's valid_from when it has one; else a 施行 date from the history lines or from the law's own
 * closing article (本法自…起施行) — but only when not before the publish date, since an amended law keeps
 * its original 施行 article (立法法 2023 still says 2000年7月1日); else the publish date.
 */
function effectiveDate(
  validFrom: string | null,
  publish: string,
  history: readonly string[],
  articles: readonly ParsedArticle[],
): Pick<LawVersionInput, 'effective' | 'effectiveSource'> {
  if (validFrom) return { effective: validFrom, effectiveSource: 'index' };
  const usable = (d: string | undefined): d is string => d !== undefined && (!publish || d >= publish);
  const fromHistory = effectiveDateFromHistory(history);
  if (usable(fromHistory)) return { effective: fromHistory, effectiveSource: 'history' };
  for (const a of articles.slice(-3)) {
    const m = OWN_START.exec(a.paragraphs[0] ?? '');
    const d = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
    if (usable(d)) return { effective: d, effectiveSource: 'article' };
  }
  return publish ? { effective: publish, effectiveSource: 'publish' } : { effective: null, effectiveSource: 'none' };
}

export function groupLawVersions(entries: readonly SnapshotEntry[]): LawVersionInput[] {
  const groups = new Map<string, { entry: SnapshotEntry; part: string | null; parsed: ReturnType<typeof parseLawMarkdown> }[]>();
  for (const entry of entries) {
    const parsed = parseLawMarkdown(entry.markdown);
    const part = parsed.subtitle && entry.name.endsWith(` ${parsed.subtitle}`) ? parsed.subtitle : null;
    const name = part ? entry.name.slice(0, -(part.length + 1)) : entry.name;
    const key = `${name}\u0000${entry.publish ?? ''}`;
    const list = groups.get(key) ?? [];
    list.push({ entry, part, parsed });
    groups.set(key, list);
  }
  const out: LawVersionInput[] = [];
  for (const [key, parts] of groups) {
    const name = key.slice(0, key.indexOf('\u0000'));
    parts.sort((a, b) => (a.entry.order ?? 0) - (b.entry.order ?? 0));
    const first = parts[0]!;
    const publish = first.entry.publish ?? '';
    const articles: ParsedArticle[] = [];
    const preamble: string[] = [];
    for (const { part, parsed } of parts) {
      preamble.push(...parsed.preamble);
      for (const a of parsed.articles) articles.push(part ? { ...a, chapter: [part, ...a.chapter] } : a);
    }
    const { effective, effectiveSource } = effectiveDate(first.entry.validFrom, publish, first.parsed.history, articles);
    const contentHash = sha256(
      JSON.stringify([preamble, articles.map((a) => [a.key, articleText(a)])]),
    );
    out.push({
      name,
      title: first.parsed.title || name,
      level: first.entry.level,
      folder: first.entry.folder,
      publish,
      effective,
      effectiveSource,
      expired: parts.some((p) => p.entry.expired),
      history: first.parsed.history,
      preamble,
      articles,
      files: parts.map((p) => p.entry.file),
      parts: parts.flatMap((p) => (p.part ? [p.part] : [])),
      contentHash,
    });
  }
  // Insertion order is search-result order (the index returns rowids ascending, and ordering the
  // matches otherwise would read every match): the constitution and national laws come first.
  const rank = (level: string) => {
    const i = LEVEL_ORDER.indexOf(level);
    return i < 0 ? LEVEL_ORDER.length : i;
  };
  return out.sort((a, b) => rank(a.level) - rank(b.level) || a.name.localeCompare(b.name, 'zh') || a.publish.localeCompare(b.publish));
}

const LEVEL_ORDER = ['宪法', '法律', '行政法规', '司法解释', '部门规章', '地方性法规'];
