/**
 * Citations as data: a law plus article (+ 款/项) resolved against the statute store, and the one
 * standard printed form 《中华人民共和国行政许可法》第十七条第一款第（二）项.
 */
import type Database from 'better-sqlite3';
import { articleNumbers, parseArticleNumeral } from '../checklists/article-number.js';
import { articleKey, toChineseNumeral } from './numerals.js';
import { findLaw, getArticle, listVersions, versionOn, type VersionStatus } from './statute-queries.js';

export interface CitationRef {
  /** Article keys: ['27'], ['19','20','21'], ['17-1']. */
  keys: string[];
  paragraph: number | null;
  item: number | null;
}

const NUM = '0-9零〇一二两三四五六七八九十百千';

/** Parses 第27条, 第十七条之一, 第19–21条, 第10、11条, 第10条第4款, 第470条第（五）项. */
export function parseCitationRef(article: string): CitationRef {
  const text = article.normalize('NFKC');
  const keys: string[] = [];
  const sub = new RegExp(`第([${NUM}]+)条之([${NUM}]+)`).exec(text);
  if (sub) {
    const n = parseArticleNumeral(sub[1]!);
    const s = parseArticleNumeral(sub[2]!);
    if (n !== undefined && s !== undefined) keys.push(articleKey(n, s));
  } else {
    for (const n of articleNumbers(text)) keys.push(String(n));
  }
  const para = new RegExp(`条第([${NUM}]+)款`).exec(text);
  const item = new RegExp(`第[(（]([${NUM}]+)[)）]项`).exec(text);
  return {
    keys,
    paragraph: para ? (parseArticleNumeral(para[1]!) ?? null) : null,
    item: item ? (parseArticleNumeral(item[1]!) ?? null) : null,
  };
}

/** 《title》第十七条第一款第（二）项 — title is the law's full title as published. */
export function formatCitation(title: string, label: string, paragraph: number | null = null, item: number | null = null): string {
  return (
    `《${title}》${label}` +
    (paragraph ? `第${toChineseNumeral(paragraph)}款` : '') +
    (item ? `第（${toChineseNumeral(item)}）项` : '')
  );
}

const ITEM_LINE = /^[（(][一二三四五六七八九十]+[）)]/;

/**
 * An article's 款: a line that is not a 项 starts a 款; 项 lines ((一)…, （二）…) belong to the 款 above.
 * The source writes each 项 on its own line, so counting lines would count 项 as 款.
 */
export function splitParagraphs(text: string): { lines: string[]; items: string[] }[] {
  const out: { lines: string[]; items: string[] }[] = [];
  for (const line of text.split('\n')) {
    const last = out.at(-1);
    if (ITEM_LINE.test(line) && last) {
      last.lines.push(line);
      last.items.push(line);
    } else {
      out.push({ lines: [line], items: [] });
    }
  }
  return out;
}

/** The text a citation names: the 项 if given, else the 款 if given, else the whole article; undefined when absent. */
export function citedPart(text: string, paragraph: number | null, item: number | null): string | undefined {
  if (!paragraph && !item) return text;
  const paragraphs = splitParagraphs(text);
  const p = paragraphs[(paragraph ?? 1) - 1];
  if (!p) return undefined;
  if (!item) return p.lines.join('\n');
  return p.items[item - 1];
}

export interface ResolvedCitation {
  law: string;
  title: string;
  key: string;
  label: string;
  /** The whole article, verbatim. */
  text: string;
  /** The cited 款 or 项 alone, when the citation names one that exists. */
  paragraphText: string | null;
  textHash: string;
  /** The version's date (its publish date) and the date it took effect. */
  versionDate: string;
  effective: string | null;
  status: VersionStatus;
  citation: string;
}

/**
 * The article of the version in force on `date` (default: the newest version), or null when the law or
 * article is not in the store.
 */
export function resolveArticle(
  db: Database.Database,
  lawName: string,
  article: string,
  date?: string,
): ResolvedCitation | null {
  const law = findLaw(db, lawName);
  if (!law) return null;
  const ref = parseCitationRef(/条/.test(article) ? article : `第${article}条`);
  const key = ref.keys[0];
  if (!key) return null;
  const versions = listVersions(db, law.id);
  const version = date ? versionOn(db, law.id, date) : versions.at(-1);
  if (!version) return null;
  const found = getArticle(db, version.id, key);
  if (!found) return null;
  return {
    law: law.name,
    title: version.title || law.title,
    key,
    label: found.label,
    text: found.text,
    paragraphText: ref.paragraph || ref.item ? (citedPart(found.text, ref.paragraph, ref.item) ?? null) : null,
    textHash: found.hash,
    versionDate: version.publish || version.effective || '',
    effective: version.effective,
    status: version.status,
    citation: formatCitation(version.title || law.title, found.label, ref.paragraph, ref.item),
  };
}

export interface ResolvedReference {
  law: string;
  title: string;
  versionId: number;
  versionDate: string;
  files: string;
  articles: { key: string; label: string; text: string; hash: string }[];
  paragraph: number | null;
  item: number | null;
  /** The cited text: the named 项 or 款 of a single article, else the articles' texts joined by line breaks. */
  quote: string;
}

/**
 * Every article a reference names (第19–21条 → three), in the version in force on `date` or the newest
 * version; null when the law, the version or any named article is missing.
 */
export function resolveReference(db: Database.Database, lawName: string, article: string, date?: string): ResolvedReference | null {
  const law = findLaw(db, lawName);
  if (!law) return null;
  const ref = parseCitationRef(article);
  if (ref.keys.length === 0) return null;
  const version = date ? versionOn(db, law.id, date) : listVersions(db, law.id).at(-1);
  if (!version) return null;
  const articles = [];
  for (const key of ref.keys) {
    const a = getArticle(db, version.id, key);
    if (!a) return null;
    articles.push({ key, label: a.label, text: a.text, hash: a.hash });
  }
  const single = articles.length === 1 ? articles[0]! : null;
  const part = single ? citedPart(single.text, ref.paragraph, ref.item) : undefined;
  if (single && part === undefined) return null;
  const files = (db.prepare('SELECT files FROM versions WHERE id = ?').get(version.id) as { files: string }).files;
  return {
    law: law.name,
    title: version.title || law.title,
    versionId: version.id,
    versionDate: version.publish || version.effective || '',
    files,
    articles,
    paragraph: ref.paragraph,
    item: ref.item,
    quote: part ?? articles.map((a) => a.text).join('\n'),
  };
}
