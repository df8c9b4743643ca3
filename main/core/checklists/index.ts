/** Checklist templates, the legal-basis library and the phrase library (issue 4's data), over plain data. */
export { defaultResourcesDir } from './resources-dir.js';
export { reviewResources } from './core-resources.js';
export {
  loadBuiltinTemplates,
  loadLegalBasisLibrary,
  loadPhraseLibrary,
  loadReviewResources,
  type ReviewResources,
} from './load.js';
export { findPhraseReferenceProblems, findTemplateReferenceProblems } from './references.js';
export {
  addItem,
  ChecklistTemplateError,
  copyTemplate,
  exportTemplate,
  importTemplate,
  moveItem,
  nextVersion,
  removeItem,
  updateItem,
  type ChecklistTemplateErrorCode,
} from './template-ops.js';
export { searchLegalBasis, searchPhrases, type PhraseSearchOptions, type SearchOptions } from './search.js';
export { articleNumbers, citedArticleNumbers, parseArticleNumeral, parseQuery } from './article-number.js';
