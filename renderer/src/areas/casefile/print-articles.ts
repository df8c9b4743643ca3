import { paginateLetter, printPages, type PagedLetter } from '../letters/paginate-letter';
import { sanitizeLetterHtml } from '../letters/sanitize-letter';

/**
 * Paginates HTML holding several printable articles (a case cover and its 目录, or many 登记表) each
 * starting on a new page, and prints them as one job. paginateLetter measures one article at a time.
 */
export function paginateArticles(html: string): PagedLetter {
  const holder = document.createElement('template');
  holder.innerHTML = sanitizeLetterHtml(html);
  const articles = [...holder.content.querySelectorAll('article')];
  if (articles.length <= 1) return paginateLetter(sanitizeLetterHtml(html));
  const parts = articles.map((a) => paginateLetter(a.outerHTML));
  return { style: parts[0]!.style, pages: parts.flatMap((p) => p.pages) };
}

export function printArticles(html: string, title: string): void {
  printPages(paginateArticles(html), title);
}
