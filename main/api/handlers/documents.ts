import { compareVersions } from '../../core/documents/compare-versions.js';
import {
  exportOriginal,
  getDocument,
  importAsNewMatter,
  importDocument,
  listDocuments,
} from '../../core/documents/document-service.js';
import { cancelImport, importProgress, startImportJob } from '../../core/documents/import-jobs.js';
import type { HandlerMap } from '../handler-map.js';
import { asBuffer } from '../bytes.js';

type DocumentMethods =
  | 'documents.import'
  | 'documents.importAsMatter'
  | 'documents.importProgress'
  | 'documents.cancelImport'
  | 'documents.list'
  | 'documents.get'
  | 'documents.original'
  | 'documents.compare';

export const documentHandlers: HandlerMap<DocumentMethods> = {
  'documents.import': async (input, ctx) => {
    const job = startImportJob(input.jobId, ctx.actor);
    try {
      return await importDocument(
        ctx.core.db,
        ctx.actor,
        {
          matterId: input.matterId,
          role: input.role,
          version: input.version,
          fileName: input.fileName,
          bytes: asBuffer(input.content),
        },
        { hooks: job.hooks },
      );
    } finally {
      job.end();
    }
  },
  'documents.importAsMatter': async (input, ctx) => {
    const job = startImportJob(input.jobId, ctx.actor);
    try {
      return await importAsNewMatter(
        ctx.core.db,
        ctx.actor,
        input.matter,
        { role: input.role, fileName: input.fileName, bytes: asBuffer(input.content) },
        { skipIfKnown: input.skipIfKnown, hooks: job.hooks },
      );
    } finally {
      job.end();
    }
  },
  'documents.importProgress': (input, ctx) => importProgress(input.jobId, ctx.actor),
  'documents.cancelImport': (input, ctx) => cancelImport(input.jobId, ctx.actor),
  'documents.list': (input, ctx) => ({ items: listDocuments(ctx.core.db, input.matterId) }),
  'documents.get': (input, ctx) => getDocument(ctx.core.db, input.id),
  'documents.original': (input, ctx) => {
    const { bytes, ...rest } = exportOriginal(ctx.core.db, input.id);
    return { ...rest, content: bytes };
  },
  'documents.compare': (input, ctx) => compareVersions(ctx.core.db, input.aId, input.bId),
};
