/**
 * One Markdown file of the statute snapshot → its title lines, history lines and articles. The format
 * (LawRefBook/Laws): `# title` (and `# 副标题` for a part), history lines, `<!-- INFO END -->`, then
 * `##`/`###`… headings for 编/章/节 and one paragraph per 条 or 款. Text is kept exactly as in the source;
 * only the separator after the article number (a space or an ideographic space) is split off.
 */
import { articleKey, articleLabel, parseArticleNumeral } from './numerals.js';

export interface ParsedArticle {
  num: number;
  /** 1 for 之一, 0 otherwise. */
  sub: number;
  key: string;
  /** 第二十七条 as written in the source heading of the paragraph. */
  label: string;
  /** Headings above the article, outermost first: ['第二章 村民委员会的组成和职责', …]. */
  chapter: string[];
  /** Paragraphs (款, and lines of 项 as the source writes them); the first without its 第X条 prefix. */
  paragraphs: string[];
}

export interface ParsedLaw {
  title: string;
  subtitle: string | null;
  history: string[];
  /** Body text before the first article (a 序言, or the whole text of a document without articles). */
  preamble: string[];
  articles: ParsedArticle[];
}

const NUMERALS = '零〇一二两三四五六七八九十百千0-9';
/** 第X条 or 第X条之Y at the start of a paragraph, followed by a separator or the end of the line. */
export const ARTICLE_START = new RegExp(`^第([${NUMERALS}]+)条(?:之([${NUMERALS}]+))?(?:[ \\u3000\\t]+|$)`);

export function parseLawMarkdown(markdown: string): ParsedLaw {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
  const infoEnd = lines.findIndex((l) => l.includes('<!-- INFO END -->'));
  const head = infoEnd >= 0 ? lines.slice(0, infoEnd) : [];
  const body = infoEnd >= 0 ? lines.slice(infoEnd + 1) : lines;

  const titles = head.filter((l) => /^#\s/.test(l)).map((l) => l.replace(/^#+\s*/, '').trim());
  const history = head
    .filter((l) => l.trim() !== '' && !/^#/.test(l) && !/^<!--/.test(l) && !/^---/.test(l) && !/^\w+:/.test(l))
    .map((l) => l.trim());

  const headings: { level: number; text: string }[] = [];
  const preamble: string[] = [];
  const articles: ParsedArticle[] = [];
  let current: ParsedArticle | null = null;
  for (const raw of body) {
    const line = raw.trimEnd();
    if (line.trim() === '' || /^<!--.*-->$/.test(line.trim())) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      while (headings.length > 0 && headings.at(-1)!.level >= level) headings.pop();
      headings.push({ level, text: heading[2]!.trim() });
      continue;
    }
    const text = line.trim();
    const start = ARTICLE_START.exec(text);
    const num = start ? parseArticleNumeral(start[1]!) : undefined;
    const sub = start?.[2] ? parseArticleNumeral(start[2]) : 0;
    if (start && num !== undefined && sub !== undefined) {
      current = {
        num,
        sub,
        key: articleKey(num, sub),
        label: articleLabel(num, sub),
        chapter: headings.map((h) => h.text),
        paragraphs: [text.slice(start[0].length)],
      };
      articles.push(current);
    } else if (current) {
      current.paragraphs.push(text);
    } else {
      preamble.push(text);
    }
  }
  return { title: titles[0] ?? '', subtitle: titles[1] ?? null, history, preamble, articles };
}

/** The date a version took effect as its history lines say (…施行 / 自…起施行), if they say so. */
export function effectiveDateFromHistory(history: readonly string[]): string | undefined {
  for (const line of [...history].reverse()) {
    const m = /(\d{4})年(\d{1,2})月(\d{1,2})日[^，。]*?施行/.exec(line) ?? /自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/.exec(line);
    if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  }
  return undefined;
}
