/**
 * The 卷内目录: every paper of a case in the order offices file them — 送审函, 送审稿 and its versions,
 * 起草说明, 征求意见/风险评估/会议纪要 and other procedure papers, other materials, the letters issued
 * (审查意见书, 退回补正通知), 反馈, 修改稿. Documents are stored with a role (submitted, revised, minutes,
 * attachment); an attachment is placed by the words of its file name, since that is how the submitting
 * unit names it (送审函.pdf, 起草说明.docx); anything unrecognised is filed as another material.
 */
import type Database from 'better-sqlite3';
import type { CasefileEntry, CasefileSection } from '../../../shared/contract/casefile.js';
import { LETTER_KIND_ZH, type LetterKind } from '../../../shared/domain/letter.js';
import { prepared } from '../store/statements.js';
import { officeTimeZone } from '../clock.js';
import { dateInZone } from '../../../shared/domain/office-time.js';

const SECTION_ORDER: Record<CasefileSection, number> = {
  request: 1,
  draft: 2,
  explanation: 3,
  process: 4,
  'other-material': 5,
  letter: 6,
  feedback: 7,
  revised: 8,
};

/** Words in an attachment's file name that say which section it belongs to, checked in this order. */
const NAME_RULES: [RegExp, CasefileSection][] = [
  [/送审函|请示|审查申请|审核申请|提请.*审|报审/, 'request'],
  [/起草说明|编制说明|制定说明/, 'explanation'],
  [/征求意见|风险评估|会议纪要|纪要|会议记录|决议|表决|论证|听证|公示|公告|公平竞争审查/, 'process'],
];

export function sectionOfAttachment(fileName: string): CasefileSection {
  for (const [pattern, section] of NAME_RULES) if (pattern.test(fileName)) return section;
  return 'other-material';
}

interface DocRow {
  id: number;
  role: 'submitted' | 'revised' | 'minutes' | 'attachment';
  version: number;
  file_name: string;
  created_at: string;
}

/** A file name safe on Windows and inside a ZIP, keeping the Chinese. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 150);
}

const stem = (name: string) => name.replace(/\.(docx|pdf|txt)$/i, '');

/** The entries of the case in filing order, numbered from 1; `fileName` is unique within the case. */
export function casefileEntries(db: Database.Database, matterId: number, submittingUnit: string, officeName: string): CasefileEntry[] {
  type Draft = Omit<CasefileEntry, 'seq' | 'fileName'> & { order: number; baseName: string };
  const drafts: Draft[] = [];
  const docs = prepared(db, 'SELECT id, role, version, file_name, created_at FROM documents WHERE matter_id = ? ORDER BY id').all(matterId) as DocRow[];
  for (const d of docs) {
    const section: CasefileSection =
      d.role === 'submitted' ? 'draft' : d.role === 'revised' ? 'revised' : d.role === 'minutes' ? 'process' : sectionOfAttachment(d.file_name);
    const version = d.role === 'submitted' || d.role === 'revised' ? `（第${d.version}稿）` : '';
    drafts.push({
      section,
      title: `${stem(d.file_name)}${version}`,
      date: dateInZone(d.created_at, officeTimeZone(db)),
      author: submittingUnit,
      source: { kind: 'document', id: d.id },
      order: d.role === 'submitted' || d.role === 'revised' ? d.version : d.id,
      baseName: d.file_name,
    });
  }
  const letters = prepared(db, 'SELECT id, kind, number, issue_date FROM letters WHERE matter_id = ? ORDER BY issue_date, id').all(matterId) as {
    id: number;
    kind: LetterKind;
    number: string | null;
    issue_date: string;
  }[];
  letters.forEach((l, i) =>
    drafts.push({
      section: 'letter',
      title: `${LETTER_KIND_ZH[l.kind]}${l.number ? `（${l.number}）` : ''}`,
      date: l.issue_date,
      author: officeName,
      source: { kind: 'letter', id: l.id },
      order: i,
      baseName: `${l.number ?? `${l.issue_date}${LETTER_KIND_ZH[l.kind]}`}.docx`,
    }),
  );
  const feedback = prepared(db, 'SELECT id, received_on FROM feedback WHERE matter_id = ? ORDER BY received_on, id').all(matterId) as {
    id: number;
    received_on: string;
  }[];
  feedback.forEach((f, i) =>
    drafts.push({
      section: 'feedback',
      title: `反馈意见（${f.received_on}）`,
      date: f.received_on,
      author: submittingUnit,
      source: { kind: 'feedback', id: f.id },
      order: i,
      baseName: `反馈意见-${f.received_on}.txt`,
    }),
  );
  drafts.sort((a, b) => SECTION_ORDER[a.section] - SECTION_ORDER[b.section] || a.order - b.order || a.date.localeCompare(b.date));
  const used = new Set<string>();
  return drafts.map(({ order: _order, baseName, ...d }, i) => {
    const seq = i + 1;
    // The 顺序号 leads the name so the ZIP lists files in 目录 order, and makes each name unique.
    let fileName = `${String(seq).padStart(2, '0')}-${safeFileName(baseName)}`;
    while (used.has(fileName)) fileName = `_${fileName}`;
    used.add(fileName);
    return { ...d, seq, fileName };
  });
}
