import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  ChecklistTemplate,
  LegalBasisLibrary,
  PhraseLibrary,
} from '../../../shared/domain/checklist.js';
import { MATTER_TYPES, type MatterType } from '../../../shared/domain/matter.js';
import { findPhraseReferenceProblems, findTemplateReferenceProblems } from './references.js';
import { formatIssues, parseZh } from './zod-issues.js';

/** Reads a JSON resource and validates it; a bad file fails with its name and the zod issue paths. */
function readResource<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`资源文件 ${file} 无法读取或不是有效的 JSON：${(error as Error).message}`);
  }
  const parsed = parseZh(schema, data);
  if (!parsed.success) throw new Error(`资源文件 ${file} 不符合格式要求：${formatIssues(parsed.error)}`);
  return parsed.data;
}

/** The built-in templates in `<resourcesDir>/checklists/*.json`, in MatterType order. */
export function loadBuiltinTemplates(resourcesDir: string): ChecklistTemplate[] {
  const dir = join(resourcesDir, 'checklists');
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  const templates = files.map((name) => {
    const file = join(dir, name);
    const template = readResource(file, ChecklistTemplate);
    // The file name is the key the app looks templates up by, so it must agree with the content.
    if (name !== `${template.matterType}.json`) {
      throw new Error(`资源文件 ${file} 的事项类型为“${template.matterType}”，文件名应为 ${template.matterType}.json`);
    }
    if (template.source !== 'builtin') throw new Error(`资源文件 ${file} 的来源应为 builtin`);
    return template;
  });
  const order = (type: MatterType) => MATTER_TYPES.indexOf(type);
  return templates.sort((a, b) => order(a.matterType) - order(b.matterType));
}

/** `<resourcesDir>/legal-basis/library.json`. */
export function loadLegalBasisLibrary(resourcesDir: string): LegalBasisLibrary {
  return readResource(join(resourcesDir, 'legal-basis', 'library.json'), LegalBasisLibrary);
}

/** `<resourcesDir>/phrases/library.json`. */
export function loadPhraseLibrary(resourcesDir: string): PhraseLibrary {
  return readResource(join(resourcesDir, 'phrases', 'library.json'), PhraseLibrary);
}

export interface ReviewResources {
  templates: ChecklistTemplate[];
  legalBasis: LegalBasisLibrary;
  phrases: PhraseLibrary;
}

/**
 * Everything issue 4 ships, loaded and cross-checked: one template per matter type, every basis id
 * resolves, every phrase's items exist. Meant for start-up and for tests.
 */
export function loadReviewResources(resourcesDir: string): ReviewResources {
  const templates = loadBuiltinTemplates(resourcesDir);
  const legalBasis = loadLegalBasisLibrary(resourcesDir);
  const phrases = loadPhraseLibrary(resourcesDir);
  const problems: string[] = [];
  for (const type of MATTER_TYPES) {
    const count = templates.filter((template) => template.matterType === type).length;
    if (count !== 1) problems.push(`事项类型“${type}”应有且只有一个内置审查清单，实际 ${count} 个`);
  }
  for (const template of templates) problems.push(...findTemplateReferenceProblems(template, legalBasis));
  problems.push(...findPhraseReferenceProblems(phrases.phrases, legalBasis, templates));
  if (problems.length) throw new Error(`资源目录 ${resourcesDir} 存在引用错误：${problems.join('；')}`);
  return { templates, legalBasis, phrases };
}
