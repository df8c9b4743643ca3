import { pageImage, pdfForView } from '../../core/documents/page-view.js';
import { correctText, listTextVersions } from '../../core/documents/text-versions.js';
import type { HandlerMap } from '../handler-map.js';

type DocumentTextMethods = 'documents.correctText' | 'documents.textVersions' | 'documents.pageImage' | 'documents.pdfView';

export const documentTextHandlers: HandlerMap<DocumentTextMethods> = {
  'documents.correctText': (input, ctx) => correctText(ctx.core.db, ctx.actor, input),
  'documents.textVersions': (input, ctx) => listTextVersions(ctx.core.db, input.documentId),
  'documents.pageImage': async (input, ctx) => {
    const { bytes, ...rest } = await pageImage(ctx.core.db, input.id, input.page);
    return { ...rest, content: bytes };
  },
  'documents.pdfView': (input, ctx) => ({ content: pdfForView(ctx.core.db, input.id) }),
};
