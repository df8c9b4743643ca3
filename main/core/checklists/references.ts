import type { ChecklistTemplate, LegalBasisLibrary, Phrase } from '../../../shared/domain/checklist.js';

/** Chinese descriptions of every basis id a template cites that the library does not hold. */
export function findTemplateReferenceProblems(template: ChecklistTemplate, library: LegalBasisLibrary): string[] {
  const known = new Set(library.entries.map((entry) => entry.id));
  const problems: string[] = [];
  for (const item of template.items) {
    for (const basisId of item.basis) {
      if (!known.has(basisId)) problems.push(`审查要点“${item.id}”引用的法律依据“${basisId}”在法律依据库中不存在`);
    }
  }
  return problems;
}

/**
 * Problems with phrases: unknown basis ids, and item ids that no template of the phrase's matter types
 * (all types when it lists none) contains.
 */
export function findPhraseReferenceProblems(
  phrases: readonly Phrase[],
  library: LegalBasisLibrary,
  templates: readonly ChecklistTemplate[],
): string[] {
  const known = new Set(library.entries.map((entry) => entry.id));
  const problems: string[] = [];
  for (const phrase of phrases) {
    for (const basisId of phrase.basisIds) {
      if (!known.has(basisId)) problems.push(`常用意见“${phrase.id}”引用的法律依据“${basisId}”在法律依据库中不存在`);
    }
    const relevant = templates.filter(
      (template) => phrase.matterTypes.length === 0 || phrase.matterTypes.includes(template.matterType),
    );
    for (const itemId of phrase.itemIds) {
      if (!relevant.some((template) => template.items.some((item) => item.id === itemId))) {
        problems.push(`常用意见“${phrase.id}”关联的审查要点“${itemId}”不在其适用类型的清单中`);
      }
    }
  }
  return problems;
}
