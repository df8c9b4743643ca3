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
  expired: boolean;
  history: string[];
  preamble: string[];
  articles: ParsedArticle[];
  files: string[];
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
    const fromHistory = effectiveDateFromHistory(first.parsed.history);
    const effective =
      first.entry.validFrom ?? (fromHistory && (!publish || fromHistory >= publish) ? fromHistory : null) ?? (publish || null);
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
      expired: parts.some((p) => p.entry.expired),
      history: first.parsed.history,
      preamble,
      articles,
      files: parts.map((p) => p.entry.file),
      contentHash,
    });
  }
  return out;
}
