/** The word/comments.xml part: new comment elements, fresh ids, and wiring the part into the package. */
import type { DocxPackage } from './docx-package.js';
import {
  addRelationship,
  dirOf,
  ensureContentTypeOverride,
  relationships,
  relsPathOf,
  resolveTarget,
} from './docx-package.js';
import { attr, escapeXml, prefixFor, scanTags } from './xml.js';

export const NS = {
  transitional: {
    w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    commentsRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  },
  strict: {
    w: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
    commentsRel: 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments',
  },
} as const;

const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export interface NewComment {
  id: number;
  author: string;
  initials: string;
  /** xsd:dateTime or null to leave the date out. */
  date: string | null;
  text: string;
}

/** Largest comment id used in the given parts (comment elements and range markers), or -1. */
export function maxCommentId(parts: (string | null)[], w: string): number {
  let max = -1;
  const names = new Set([`${w}:comment`, `${w}:commentRangeStart`, `${w}:commentRangeEnd`, `${w}:commentReference`]);
  for (const xml of parts) {
    if (!xml) continue;
    for (const tag of scanTags(xml)) {
      if (tag.kind === 'close' || !names.has(tag.name)) continue;
      const id = Number(attr(xml.slice(tag.start, tag.end), `${w}:id`));
      if (Number.isInteger(id) && id > max) max = id;
    }
  }
  return max;
}

/** xsd:dateTime for w:date from an ISO date or date-time; null when absent or unreadable. */
export function commentDate(date: string | undefined): string | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  const t = new Date(date);
  return Number.isNaN(t.getTime()) ? null : t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function commentXml(c: NewComment, w: string): string {
  const lines = c.text.split(/\r?\n/);
  const paras = lines.map((line, i) => {
    const ref = i === 0 ? `<${w}:r><${w}:annotationRef/></${w}:r>` : '';
    const text = line ? `<${w}:r><${w}:t xml:space="preserve">${escapeXml(line)}</${w}:t></${w}:r>` : '';
    return `<${w}:p>${ref}${text}</${w}:p>`;
  });
  const date = c.date ? ` ${w}:date="${escapeXml(c.date)}"` : '';
  return (
    `<${w}:comment ${w}:id="${c.id}" ${w}:author="${escapeXml(c.author)}"${date} ${w}:initials="${escapeXml(c.initials)}">` +
    paras.join('') +
    `</${w}:comment>`
  );
}

export interface CommentsTarget {
  /** Path of the comments part in the package. */
  path: string;
  /** Its current XML, or null when the part does not exist yet. */
  xml: string | null;
}

/** Find the comments part of the main document, if it has one. */
export function findCommentsPart(pkg: DocxPackage, mainPath: string): CommentsTarget {
  const rels = pkg.text(relsPathOf(mainPath));
  const rel = rels ? relationships(rels).find((r) => /\/comments$/.test(r.type) && !r.external) : undefined;
  if (rel) {
    const path = resolveTarget(dirOf(mainPath), rel.target);
    return { path, xml: pkg.text(path) };
  }
  const dir = dirOf(mainPath) ? `${dirOf(mainPath)}/` : '';
  let path = `${dir}comments.xml`;
  for (let n = 1; pkg.has(path); n++) path = `${dir}comments${n}.xml`;
  return { path, xml: null };
}

/**
 * Write the new comments into the package: append to an existing comments part, or create the part
 * with its relationship and content-type override.
 */
export function writeComments(
  pkg: DocxPackage,
  mainPath: string,
  target: CommentsTarget,
  comments: NewComment[],
  strict: boolean,
): void {
  const ns = strict ? NS.strict : NS.transitional;
  if (target.xml !== null) {
    const w = prefixFor(target.xml, ns.w) ?? 'w';
    const body = comments.map((c) => commentXml(c, w)).join('');
    const close = target.xml.lastIndexOf(`</${w}:comments>`);
    const xml =
      close >= 0
        ? target.xml.slice(0, close) + body + target.xml.slice(close)
        : target.xml.replace(new RegExp(`<${w}:comments([^>]*)/>`), `<${w}:comments$1>${body}</${w}:comments>`);
    pkg.setText(target.path, xml);
  } else {
    const body = comments.map((c) => commentXml(c, 'w')).join('');
    pkg.setText(
      target.path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${ns.w}">${body}</w:comments>`,
    );
  }
  const relsPath = relsPathOf(mainPath);
  const rels = pkg.text(relsPath);
  const hasRel = rels !== null && relationships(rels).some((r) => /\/comments$/.test(r.type) && !r.external);
  if (!hasRel) {
    const relTarget = target.path.slice(dirOf(mainPath).length ? dirOf(mainPath).length + 1 : 0);
    pkg.setText(relsPath, addRelationship(rels, ns.commentsRel, relTarget).xml);
  }
  const types = pkg.text('[Content_Types].xml');
  if (types === null) throw new Error('DOCX 缺少 [Content_Types].xml');
  const updated = ensureContentTypeOverride(types, target.path, COMMENTS_CONTENT_TYPE);
  if (updated !== types) pkg.setText('[Content_Types].xml', updated);
}
