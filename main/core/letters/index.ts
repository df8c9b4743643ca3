/** Letters (issue 5): opinion letters, the HTML draft preview, the annotated original, the summary sheet. */
export { buildLetterDocx } from './letter-docx.js';
export { renderLetterHtml } from './letter-html.js';
export { layoutLetter, groupOpinions, type LetterBlock, type LetterLayout } from './letter-content.js';
export { formatLetterNumber, parseLetterNumber, formatChineseDate, chineseOrdinal } from './format.js';
export {
  annotateDocx,
  type AnnotationInput,
  type AnnotationPlacement,
  type AnnotateOptions,
  type AnnotateResult,
} from './annotate.js';
export { listDocxParagraphs } from './list-paragraphs.js';
export { buildSummarySheetDocx, summarySheetRows } from './summary-sheet.js';
