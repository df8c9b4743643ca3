/**
 * HTML for printing (打印 / 导出 PDF through Chromium's print dialog, in the desktop app and in a
 * browser): an issued letter from its archived model, and the 审查登记表. The renderer paginates it
 * and prints it with letters.css's @page rules (A4, GB/T 9704 margins, page numbers).
 */
import type Database from 'better-sqlite3';
import { LetterModel, LETTER_KIND_ZH } from '../../../shared/domain/letter.js';
import { AppError } from '../errors.js';
import { prepared } from '../store/statements.js';
import { escapeHtml, renderLetterHtml } from './letter-html.js';
import type { LetterServices } from './letter-services.js';
import { readOfficeSettings } from './office-settings.js';
import { summarySheetRows } from './summary-sheet.js';
import { summarySheetModel } from './outputs-service.js';

/** An issued letter as HTML, from the model archived with it (the words are those of the DOCX). */
export function printableLetter(db: Database.Database, id: number, services: Pick<LetterServices, 'lawNames'>) {
  const row = prepared(db, 'SELECT kind, number, issue_date, model_json FROM letters WHERE id = ?').get(id) as
    | { kind: keyof typeof LETTER_KIND_ZH; number: string | null; issue_date: string; model_json: string }
    | undefined;
  if (!row) throw new AppError('letter.not-found', '该意见书不存在。');
  const model = LetterModel.parse(JSON.parse(row.model_json));
  return {
    title: `${row.number ?? row.issue_date} ${LETTER_KIND_ZH[row.kind]}`,
    html: renderLetterHtml(model, readOfficeSettings(db), { lawNames: services.lawNames }),
  };
}

/** The 审查登记表 as an HTML table with the same rows as the DOCX. */
export function printableSummarySheet(db: Database.Database, matterId: number) {
  const model = summarySheetModel(db, matterId);
  const cell = (text: string, label = false, span = 1) =>
    `<td${span > 1 ? ` colspan="${span}"` : ''} style="border:1px solid #000;padding:4px 6px;${label ? "font-family:'黑体','SimHei',sans-serif;text-align:center;width:16%" : ''}">${escapeHtml(text).replace(/\n/g, '<br>')}</td>`;
  const rows = summarySheetRows(model)
    .map((r) => `<tr>${r.length === 2 ? cell(r[0], true) + cell(r[1], false, 3) : cell(r[0], true) + cell(r[1]) + cell(r[2], true) + cell(r[3])}</tr>`)
    .join('');
  const html =
    `<article class="letter-preview summary-sheet" lang="zh-CN" style="font-family:'仿宋_GB2312','仿宋',serif;font-size:14pt;line-height:1.6;width:156mm;padding:37mm 26mm 35mm 28mm;box-sizing:content-box;background:#fff;color:#000">` +
    `<p class="title" style="font-family:'方正小标宋简体','宋体',serif;font-size:22pt;text-align:center;margin:0 0 12pt">${escapeHtml(model.officeName)}合法性审查登记表</p>` +
    `<table style="border-collapse:collapse;width:100%">${rows}</table></article>`;
  return { title: `${model.serialNumber} 审查登记表`, html };
}
