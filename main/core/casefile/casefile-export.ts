/**
 * 导出案卷 (one ZIP: the cover and 卷内目录 DOCX first, then every file under its 目录 name, byte for
 * byte as stored) and the printable cover + 目录 (HTML printed through Chromium like letters).
 */
import type Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import type { CasefileView } from '../../../shared/contract/casefile.js';
import { readBlob } from '../documents/document-store.js';
import { escapeHtml } from '../letters/letter-html.js';
import { readOfficeSettings } from '../letters/office-settings.js';
import { prepared } from '../store/statements.js';
import { buildCasefileDocx, CONTENTS_HEADER, contentsRows, coverRows } from './casefile-docx.js';
import { casefileView } from './casefile-service.js';
import { safeFileName } from './contents.js';

export const COVER_FILE = '00-案卷封面及卷内目录.docx';

/** The bytes of one entry: the stored original, the issued letter, or the feedback as text. */
function entryBytes(db: Database.Database, source: CasefileView['entries'][number]['source']): Buffer {
  if (source.kind === 'document') {
    const { sha256 } = prepared(db, 'SELECT sha256 FROM documents WHERE id = ?').get(source.id) as { sha256: string };
    return readBlob(db, sha256);
  }
  if (source.kind === 'letter') {
    const { sha256 } = prepared(db, 'SELECT sha256 FROM letters WHERE id = ?').get(source.id) as { sha256: string };
    return readBlob(db, sha256);
  }
  const f = prepared(db, 'SELECT received_on, reply, created_by FROM feedback WHERE id = ?').get(source.id) as { received_on: string; reply: string; created_by: string };
  // A BOM so Notepad on older Windows reads the UTF-8 Chinese correctly.
  return Buffer.from(`\uFEFF反馈日期：${f.received_on}\r\n登记人：${f.created_by}\r\n\r\n${f.reply.replace(/\r?\n/g, '\r\n')}\r\n`, 'utf8');
}

/** The whole case as one ZIP; every stored file is read (and so checked against its SHA-256) on the way. */
export async function exportCasefile(db: Database.Database, matterId: number): Promise<{ fileName: string; bytes: Buffer; view: CasefileView }> {
  const view = casefileView(db, matterId);
  const files: Record<string, Uint8Array> = {};
  files[COVER_FILE] = await buildCasefileDocx(view, readOfficeSettings(db).fonts);
  for (const e of view.entries) files[e.fileName] = entryBytes(db, e.source);
  // Stored (level 0): the documents are DOCX/PDF, already compressed; it also keeps the export quick.
  const bytes = Buffer.from(zipSync(files, { level: 0 }));
  const name = safeFileName(`案卷-${view.cover.archiveNo ?? view.cover.serial}-${view.cover.title}`);
  return { fileName: `${name}.zip`, bytes, view };
}

/** The cover and the 目录 as HTML for printing; a page break separates them. */
export function printableCasefile(db: Database.Database, matterId: number): { title: string; html: string } {
  const view = casefileView(db, matterId);
  const td = (text: string, style = '') => `<td style="border:1px solid #000;padding:4px 6px;${style}">${escapeHtml(text)}</td>`;
  const label = "font-family:'黑体','SimHei',sans-serif;text-align:center;width:25%";
  const cover = coverRows(view)
    .map(([k, v]) => `<tr>${td(k, label)}${td(v)}</tr>`)
    .join('');
  const head = `<tr>${CONTENTS_HEADER.map((h) => td(h, "font-family:'黑体','SimHei',sans-serif;text-align:center")).join('')}</tr>`;
  const rows = contentsRows(view)
    .map((r) => `<tr>${r.map((c, i) => td(c, i === 0 || i === 3 ? 'text-align:center' : '')).join('')}</tr>`)
    .join('');
  const title = (t: string) => `<p style="font-family:'方正小标宋简体','宋体',serif;font-size:22pt;text-align:center;margin:0 0 18pt">${t}</p>`;
  const page = "font-family:'仿宋_GB2312','仿宋',serif;font-size:14pt;line-height:1.6;width:156mm;padding:37mm 26mm 35mm 28mm;box-sizing:content-box;background:#fff;color:#000";
  const html =
    `<article class="letter-preview casefile-cover" lang="zh-CN" style="${page}">` +
    `<p style="text-align:center;font-size:16pt;margin:0 0 6pt">${escapeHtml(view.cover.officeName)}</p>${title('合法性审查案卷')}` +
    `<table style="border-collapse:collapse;width:100%">${cover}</table></article>` +
    `<article class="letter-preview casefile-contents" lang="zh-CN" style="${page};break-before:page;page-break-before:always">${title('卷内目录')}` +
    `<table style="border-collapse:collapse;width:100%;font-size:12pt">${head}${rows}</table></article>`;
  return { title: `${view.cover.serial} 案卷封面及卷内目录`, html };
}
