import type Database from 'better-sqlite3';
import { ChecklistTemplate } from '../../../shared/domain/checklist.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { ChecklistTemplateError, copyTemplate, exportTemplate, importTemplate } from '../checklists/index.js';
import { findTemplateReferenceProblems } from '../checklists/references.js';
import { recordAudit } from '../audit.js';
import type { Core } from '../core.js';
import { reviewResources } from '../checklists/core-resources.js';
import { AppError } from '../errors.js';
import { nowIso, prepared } from '../store/statements.js';
import { effectiveLegalBasis } from './library-service.js';
import { writeTransaction } from '../store/write-transaction.js';

interface TemplateRow {
  id: string;
  matter_type: MatterType;
  document: string;
  is_default: number;
}

function officeRows(db: Database.Database): TemplateRow[] {
  return prepared(db, 'SELECT id, matter_type, document, is_default FROM checklist_templates ORDER BY matter_type, id').all() as TemplateRow[];
}

/** Built-in templates (from resources/) and the office's own, each marked whether it is its type's default. */
export function listTemplates(core: Core, matterType?: MatterType) {
  const office = officeRows(core.db).map((r) => ({ template: ChecklistTemplate.parse(JSON.parse(r.document)), isDefault: r.is_default === 1 }));
  const officeDefaults = new Set(office.filter((o) => o.isDefault).map((o) => o.template.matterType));
  const builtin = reviewResources(core).templates.map((template) => ({ template, isDefault: !officeDefaults.has(template.matterType) }));
  return [...builtin, ...office]
    .filter(({ template }) => !matterType || template.matterType === matterType)
    .map(({ template, isDefault }) => ({
      id: template.id,
      title: template.title,
      matterType: template.matterType,
      version: template.version,
      source: template.source,
      isDefault,
      items: template.items.length,
    }));
}

export function getTemplate(core: Core, id: string): ChecklistTemplate {
  const row = prepared(core.db, 'SELECT document FROM checklist_templates WHERE id = ?').get(id) as { document: string } | undefined;
  if (row) return ChecklistTemplate.parse(JSON.parse(row.document));
  const builtin = reviewResources(core).templates.find((t) => t.id === id);
  if (!builtin) throw new AppError('template.not-found', `找不到审查清单模板“${id}”。`);
  return builtin;
}

/** The template a new review of this type starts from: the office's default copy, else the shipped one. */
export function defaultTemplateFor(core: Core, matterType: MatterType): ChecklistTemplate {
  const row = prepared(core.db, 'SELECT document FROM checklist_templates WHERE matter_type = ? AND is_default = 1').get(matterType) as
    | { document: string }
    | undefined;
  if (row) return ChecklistTemplate.parse(JSON.parse(row.document));
  const builtin = reviewResources(core).templates.find((t) => t.matterType === matterType);
  if (!builtin) throw new AppError('template.missing', `没有适用于该事项类型的审查清单模板。`);
  return builtin;
}

function rethrow(e: unknown): never {
  if (e instanceof ChecklistTemplateError) throw new AppError(`template.${e.code}`, e.message, e.problems);
  throw e;
}

/** Stores an office template (new or edited); edits of an existing one must raise its version. */
export function saveTemplate(core: Core, actor: string, template: ChecklistTemplate, makeDefault: boolean): ChecklistTemplate {
  if (template.source !== 'office') throw new AppError('template.builtin-readonly', '内置模板不能直接修改，请先复制为本单位模板。');
  if (reviewResources(core).templates.some((t) => t.id === template.id)) {
    throw new AppError('template.id-taken', `模板编号“${template.id}”与内置模板相同，请换一个编号。`);
  }
  const problems = findTemplateReferenceProblems(template, effectiveLegalBasis(core));
  if (problems.length) throw new AppError('template.unknown-basis', `模板引用了不存在的法律依据：${problems.join('；')}`);
  const db = core.db;
  const before = prepared(db, 'SELECT document FROM checklist_templates WHERE id = ?').get(template.id) as { document: string } | undefined;
  if (before) {
    const old = ChecklistTemplate.parse(JSON.parse(before.document));
    if (String(old.version) === String(template.version) && JSON.stringify(old) !== JSON.stringify(template)) {
      throw new AppError('template.version-unchanged', '修改模板后须提高版本号，以便区分各事项使用的模板版本。');
    }
  }
  writeTransaction(db, () => {
    const now = nowIso();
    if (makeDefault) prepared(db, 'UPDATE checklist_templates SET is_default = 0 WHERE matter_type = ?').run(template.matterType);
    prepared(
      db,
      `INSERT INTO checklist_templates (id, matter_type, title, version, document, is_default, created_at, updated_at)
       VALUES (@id, @matterType, @title, @version, @document, @isDefault, @now, @now)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, version = excluded.version, document = excluded.document,
         is_default = MAX(checklist_templates.is_default, excluded.is_default), updated_at = excluded.updated_at`,
    ).run({
      id: template.id,
      matterType: template.matterType,
      title: template.title,
      version: String(template.version),
      document: JSON.stringify(template),
      isDefault: makeDefault ? 1 : 0,
      now,
    });
    recordAudit(db, { actor, action: 'template.save', entity: 'template', entityId: null, before: before ? JSON.parse(before.document) : null, after: template });
  });
  return template;
}

export function copyTemplateToOffice(core: Core, actor: string, fromId: string, newId: string, office: string): ChecklistTemplate {
  let copy: ChecklistTemplate;
  try {
    copy = copyTemplate(getTemplate(core, fromId), newId, office);
  } catch (e) {
    rethrow(e);
  }
  if (prepared(core.db, 'SELECT 1 FROM checklist_templates WHERE id = ?').get(newId)) {
    throw new AppError('template.id-taken', `模板编号“${newId}”已被使用。`);
  }
  return saveTemplate(core, actor, copy, false);
}

export function exportTemplateFile(core: Core, id: string): { fileName: string; json: string } {
  const template = getTemplate(core, id);
  return { fileName: `${template.id}-v${template.version}.checklist.json`, json: exportTemplate(template) };
}

export function importTemplateFile(core: Core, actor: string, json: string): ChecklistTemplate {
  let template: ChecklistTemplate;
  try {
    template = importTemplate(json, effectiveLegalBasis(core));
  } catch (e) {
    rethrow(e);
  }
  return saveTemplate(core, actor, template, false);
}
