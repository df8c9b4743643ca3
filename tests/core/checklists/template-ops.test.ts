import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../shared/domain/checklist.js';
import {
  addItem,
  ChecklistTemplateError,
  copyTemplate,
  defaultResourcesDir,
  exportTemplate,
  importTemplate,
  loadBuiltinTemplates,
  loadLegalBasisLibrary,
  moveItem,
  nextVersion,
  removeItem,
  updateItem,
} from '../../../main/core/checklists/index.js';

const dir = defaultResourcesDir();
const library = loadLegalBasisLibrary(dir);
const builtin = loadBuiltinTemplates(dir).find((t) => t.matterType === 'village.contract')!;

const officeItem: ChecklistItem = {
  id: 'OFFICE-01',
  dimension: 'specific',
  question: '是否附有村集体资产评估报告？',
  guidance: '本所要求：出租集体资产年租金超过十万元的，附评估报告。',
  basis: ['rceo-35'],
  defaultSeverity: 'should',
  required: false,
  certainty: 'practice',
  note: '本单位规定。',
};

function refusal(run: () => unknown): ChecklistTemplateError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChecklistTemplateError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('copy and edit', () => {
  it('copies a built-in template as an office template at version 1', () => {
    const copy = copyTemplate(builtin, 'office.tancheng.village.contract', '郯城县司法局');
    expect(copy).toMatchObject({
      id: 'office.tancheng.village.contract',
      version: 1,
      source: 'office',
      office: '郯城县司法局',
      matterType: 'village.contract',
      derivedFrom: { id: builtin.id, version: builtin.version },
    });
    expect(copy.items).toEqual(builtin.items);
    copy.items[0]!.question = '改过';
    expect(builtin.items[0]!.question).not.toBe('改过');
  });

  it('refuses to edit a built-in template', () => {
    const error = refusal(() => addItem(builtin, officeItem));
    expect(error.code).toBe('builtin-readonly');
    expect(error.message).toContain('请先复制');
  });

  it('each edit makes a new version and keeps item ids', () => {
    const copy = copyTemplate(builtin, 'office.a', '某司法所');
    const added = addItem(copy, officeItem, 'VC-02');
    expect(added.version).toBe(2);
    const ids = added.items.map((item) => item.id);
    expect(ids.indexOf('OFFICE-01')).toBe(ids.indexOf('VC-02') - 1);

    const updated = updateItem(added, 'OFFICE-01', { defaultSeverity: 'must', required: true });
    expect(updated.version).toBe(3);
    expect(updated.items.find((item) => item.id === 'OFFICE-01')).toMatchObject({ defaultSeverity: 'must', required: true });

    const moved = moveItem(updated, 'OFFICE-01', 0);
    expect(moved.items[0]!.id).toBe('OFFICE-01');

    const removed = removeItem(moved, 'VC-16');
    expect(removed.items.some((item) => item.id === 'VC-16')).toBe(false);
    expect(removed.version).toBe(5);
  });

  it('refuses a duplicate item id, an unknown item and an invalid edit', () => {
    const copy = copyTemplate(builtin, 'office.a', '某司法所');
    expect(refusal(() => addItem(copy, { ...officeItem, id: 'VC-01' })).code).toBe('duplicate-item');
    expect(refusal(() => updateItem(copy, 'NOPE', { required: true })).message).toContain('没有编号为“NOPE”');
    const invalid = refusal(() => updateItem(copy, 'VC-01', { question: '  ' }));
    expect(invalid.code).toBe('invalid-template');
    expect(invalid.message).toMatch(/items\[0\]\.question/);
  });

  it('bumps integer and x.y.z versions', () => {
    expect(nextVersion(3)).toBe(4);
    expect(nextVersion('1.0.9')).toBe('1.0.10');
  });
});

describe('export and import', () => {
  it('round-trips an office template through its export file', () => {
    const copy = addItem(copyTemplate(builtin, 'office.b', '某县司法局'), officeItem);
    const file = exportTemplate(copy);
    const parsed = JSON.parse(file);
    expect(parsed.format).toBe('review-desk/checklist-template');
    expect(parsed.formatVersion).toBe(1);
    expect(importTemplate(file, library)).toEqual(copy);
  });

  it('an imported built-in export becomes an office template', () => {
    const imported = importTemplate(exportTemplate(builtin), library);
    expect(imported.source).toBe('office');
    expect(imported.items).toEqual(builtin.items);
  });

  it('accepts a file saved with a byte-order mark', () => {
    const copy = copyTemplate(builtin, 'office.bom', '某所');
    expect(importTemplate('\uFEFF' + exportTemplate(copy), library).id).toBe('office.bom');
  });

  it('rejects a template citing a basis id the library does not hold', () => {
    const copy = addItem(copyTemplate(builtin, 'office.c', '某所'), { ...officeItem, basis: ['rceo-35', 'local-rule-7'] });
    const error = refusal(() => importTemplate(exportTemplate(copy), library));
    expect(error.code).toBe('unknown-basis');
    expect(error.message).toContain('审查要点“OFFICE-01”引用的法律依据“local-rule-7”在法律依据库中不存在');
    expect(error.problems).toHaveLength(1);
  });

  it('rejects malformed and foreign files with Chinese messages', () => {
    const malformed = refusal(() => importTemplate('{"format": "review-desk/checklist-template", ', library));
    expect(malformed.code).toBe('malformed-json');
    expect(malformed.message).toBe('文件不是有效的 JSON 格式，无法导入审查清单模板。');

    const foreign = refusal(() => importTemplate(JSON.stringify(builtin), library));
    expect(foreign.code).toBe('wrong-format');
    expect(foreign.message).toContain('不是审查清单模板导出文件');

    const newer = JSON.parse(exportTemplate(builtin));
    newer.formatVersion = 2;
    const version = refusal(() => importTemplate(JSON.stringify(newer), library));
    expect(version.code).toBe('unsupported-version');
    expect(version.message).toContain('请升级程序');
  });

  it('rejects an invalid template naming the field', () => {
    const broken = JSON.parse(exportTemplate(builtin));
    broken.template.items[4].defaultSeverity = 'fatal';
    broken.template.matterType = 'village';
    const error = refusal(() => importTemplate(JSON.stringify(broken), library));
    expect(error.code).toBe('invalid-template');
    expect(error.message).toMatch(/^模板内容不符合格式要求：/);
    expect(error.message).toContain('matterType（事项类型）');
    expect(error.message).toContain('items[4].defaultSeverity（第5个审查要点 › 默认严重程度）');
  });

  it('rejects duplicate item ids in an imported template', () => {
    const dup = JSON.parse(exportTemplate(builtin));
    dup.template.items.push(dup.template.items[0]);
    const error = refusal(() => importTemplate(JSON.stringify(dup), library));
    expect(error.message).toContain(`审查要点编号“${builtin.items[0]!.id}”重复`);
  });
});
