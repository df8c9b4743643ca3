import type {
  ChecklistItem} from '../../../shared/domain/checklist.js';
import {
  ChecklistTemplate,
  TEMPLATE_EXPORT_FORMAT,
  TEMPLATE_EXPORT_FORMAT_VERSION,
  type LegalBasisLibrary,
  type TemplateVersion,
} from '../../../shared/domain/checklist.js';
import { findTemplateReferenceProblems } from './references.js';
import { formatIssues, parseZh } from './zod-issues.js';

export type ChecklistTemplateErrorCode =
  | 'malformed-json'
  | 'wrong-format'
  | 'unsupported-version'
  | 'invalid-template'
  | 'unknown-basis'
  | 'builtin-readonly'
  | 'unknown-item'
  | 'duplicate-item';

/** A refused template operation; `message` is Chinese and meant for the user, `problems` lists each cause. */
export class ChecklistTemplateError extends Error {
  constructor(
    readonly code: ChecklistTemplateErrorCode,
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'ChecklistTemplateError';
  }
}

function validated(candidate: unknown): ChecklistTemplate {
  const parsed = parseZh(ChecklistTemplate, candidate);
  if (!parsed.success) {
    const detail = formatIssues(parsed.error);
    throw new ChecklistTemplateError('invalid-template', `模板内容不符合格式要求：${detail}`, [detail]);
  }
  return parsed.data;
}

/** An office copy of a template: source 'office', version 1, remembering what it was copied from. */
export function copyTemplate(template: ChecklistTemplate, newId: string, officeName: string): ChecklistTemplate {
  return validated({
    ...structuredClone(template),
    id: newId,
    version: 1,
    source: 'office',
    office: officeName,
    derivedFrom: { id: template.id, version: template.version },
  });
}

/** Next version after an edit: integers count up, x.y.z bumps the patch number. */
export function nextVersion(version: TemplateVersion): TemplateVersion {
  if (typeof version === 'number') return version + 1;
  const [major, minor, patch] = version.split('.').map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

function editable(template: ChecklistTemplate): void {
  if (template.source === 'builtin') {
    throw new ChecklistTemplateError('builtin-readonly', '内置审查清单不能直接修改，请先复制为本单位模板再编辑。');
  }
}

function indexOfItem(template: ChecklistTemplate, itemId: string): number {
  const index = template.items.findIndex((item) => item.id === itemId);
  if (index < 0) throw new ChecklistTemplateError('unknown-item', `模板中没有编号为“${itemId}”的审查要点。`);
  return index;
}

function withItems(template: ChecklistTemplate, items: ChecklistItem[]): ChecklistTemplate {
  // Each edit is a new version, so a review can record exactly which checklist it used.
  return validated({ ...template, items, version: nextVersion(template.version) });
}

/** Adds an office item (at the end, or before `beforeItemId`). */
export function addItem(template: ChecklistTemplate, item: ChecklistItem, beforeItemId?: string): ChecklistTemplate {
  editable(template);
  if (template.items.some((existing) => existing.id === item.id)) {
    throw new ChecklistTemplateError('duplicate-item', `审查要点编号“${item.id}”已存在，请换一个编号。`);
  }
  const items = [...template.items];
  items.splice(beforeItemId === undefined ? items.length : indexOfItem(template, beforeItemId), 0, item);
  return withItems(template, items);
}

/** Changes fields of one item (its id stays, so reviews that used it still resolve). */
export function updateItem(
  template: ChecklistTemplate,
  itemId: string,
  patch: Partial<Omit<ChecklistItem, 'id'>>,
): ChecklistTemplate {
  editable(template);
  const index = indexOfItem(template, itemId);
  const items = [...template.items];
  items[index] = { ...template.items[index]!, ...patch, id: itemId };
  return withItems(template, items);
}

export function removeItem(template: ChecklistTemplate, itemId: string): ChecklistTemplate {
  editable(template);
  const index = indexOfItem(template, itemId);
  return withItems(template, template.items.filter((_, i) => i !== index));
}

/** Moves an item to position `toIndex` (clamped to the list). */
export function moveItem(template: ChecklistTemplate, itemId: string, toIndex: number): ChecklistTemplate {
  editable(template);
  const items = [...template.items];
  const [item] = items.splice(indexOfItem(template, itemId), 1);
  items.splice(Math.max(0, Math.min(toIndex, items.length)), 0, item!);
  return withItems(template, items);
}

/** A file another office can import: the template wrapped with a format marker and version. */
export function exportTemplate(template: ChecklistTemplate): string {
  const file = { format: TEMPLATE_EXPORT_FORMAT, formatVersion: TEMPLATE_EXPORT_FORMAT_VERSION, template };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Reads an exported template file. It must carry the format marker, a supported format version, a valid
 * template, and only basis ids the library holds. The result is an office template.
 */
export function importTemplate(json: string, library: LegalBasisLibrary): ChecklistTemplate {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    throw new ChecklistTemplateError('malformed-json', '文件不是有效的 JSON 格式，无法导入审查清单模板。');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== TEMPLATE_EXPORT_FORMAT) {
    throw new ChecklistTemplateError(
      'wrong-format',
      `该文件不是审查清单模板导出文件（缺少格式标记“${TEMPLATE_EXPORT_FORMAT}”）。`,
    );
  }
  const { formatVersion, template } = data as { formatVersion?: unknown; template?: unknown };
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    throw new ChecklistTemplateError('wrong-format', '模板文件缺少有效的格式版本号（formatVersion）。');
  }
  if (formatVersion > TEMPLATE_EXPORT_FORMAT_VERSION) {
    throw new ChecklistTemplateError(
      'unsupported-version',
      `模板文件的格式版本为 ${formatVersion}，本程序只支持版本 ${TEMPLATE_EXPORT_FORMAT_VERSION}，请升级程序后再导入。`,
    );
  }
  const parsed = validated(template);
  const problems = findTemplateReferenceProblems(parsed, library);
  if (problems.length) {
    throw new ChecklistTemplateError(
      'unknown-basis',
      `模板引用了法律依据库中不存在的依据，请先在法律依据库中添加后再导入：${problems.join('；')}。`,
      problems,
    );
  }
  // Built-in templates only come from resources/; anything imported belongs to an office.
  return { ...parsed, source: 'office' };
}
