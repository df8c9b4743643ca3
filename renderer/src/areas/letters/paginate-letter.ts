/**
 * Splits a letter (or the 审查登记表) into A4 pages the way the DOCX breaks them: the 225 mm type area
 * filled paragraph by paragraph, a heading or the title never left at a page foot, the 署名 and date
 * kept with the paragraph above, and "— n —" under each page (odd pages right, even pages left, GB/T
 * 9704 7.5). Used by the on-screen preview and by printing, so what is seen is what prints.
 */

const MM = 96 / 25.4;
const TYPE_AREA_HEIGHT = 225 * MM;
/** Paragraphs that must not end a page. */
const KEEP_WITH_NEXT = /\b(title|heading1|heading2|blank)\b/;

export interface PagedLetter {
  /** Inline style of the page box (fonts, size, padding) as the server made it. */
  style: string;
  /** HTML of each page's content. */
  pages: string[];
}

/** Measures the sanitized HTML in a hidden box and cuts it into pages. Browser only. */
export function paginateLetter(html: string): PagedLetter {
  const host = document.createElement('div');
  host.className = 'letter-paper';
  host.style.cssText = 'position:absolute;left:-10000px;top:0;visibility:hidden;zoom:1';
  host.innerHTML = html;
  document.body.append(host);
  try {
    const article = host.querySelector('article');
    if (!article) return { style: '', pages: [html] };
    const elements = [...article.children].filter((el): el is HTMLElement => el instanceof HTMLElement && el.tagName !== 'STYLE');
    const pages: HTMLElement[][] = [[]];
    let used = 0;
    for (const el of elements) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const h = box.height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
      const page = pages.at(-1)!;
      if (used + h > TYPE_AREA_HEIGHT + 0.5 && page.length > 0) {
        const next: HTMLElement[] = [];
        // Carry headings and blank lines at the foot over; the signature takes the paragraph above along.
        while (page.length > 1 && KEEP_WITH_NEXT.test(page.at(-1)!.className)) next.unshift(page.pop()!);
        if (/signature/.test(el.className) && page.length > 1 && next.length === 0) next.unshift(page.pop()!);
        pages.push(next);
        used = next.reduce((sum, n) => sum + n.getBoundingClientRect().height, 0);
      }
      pages.at(-1)!.push(el);
      used += h;
    }
    const pageStyle = (article.getAttribute('style') ?? '').replace(/min-height:[^;]*;?/, '');
    return { style: pageStyle, pages: pages.filter((p) => p.length > 0).map((p) => p.map((el) => el.outerHTML).join('')) };
  } finally {
    host.remove();
  }
}

/** Page boxes as HTML: each an A4 sheet with its page number. */
export function pagesHtml(paged: PagedLetter): string {
  return paged.pages
    .map(
      (content, i) =>
        `<article class="letter-preview letter-page" lang="zh-CN" style="${paged.style}">${content}` +
        `<div class="letter-page-number ${i % 2 === 0 ? 'odd' : 'even'}">— ${i + 1} —</div></article>`,
    )
    .join('');
}

/** Prints the pages through the browser's (Chromium's) print dialog, which also saves a PDF. */
export function printPages(paged: PagedLetter, title: string): void {
  const root = document.createElement('div');
  root.id = 'letter-print-root';
  root.innerHTML = pagesHtml(paged);
  document.body.append(root);
  const before = document.title;
  // The title is the default PDF file name.
  document.title = title;
  const done = () => {
    root.remove();
    document.title = before;
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
