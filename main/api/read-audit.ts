import type { Method } from '../../shared/contract/index.js';
import { recordAudit } from '../core/audit.js';
import type { HandlerContext } from './context.js';

/**
 * Reads that matter for accountability: what left the archive (an original, a letter, an annotated
 * copy, an export). Ordinary reading is not logged — it would drown the log and slow every page.
 */
const AUDITED_READS: Partial<Record<Method, { entity: string; idField: string }>> = {
  'documents.original': { entity: 'document', idField: 'id' },
  'documents.annotate': { entity: 'document', idField: 'documentId' },
  'letters.download': { entity: 'letter', idField: 'id' },
  'matters.summarySheet': { entity: 'matter', idField: 'matterId' },
  'ledger.export': { entity: 'ledger', idField: '' },
  'stats.export': { entity: 'statistics', idField: '' },
  'audit.export': { entity: 'audit', idField: '' },
};

export function recordRead(ctx: HandlerContext, method: Method, input: unknown): void {
  const spec = AUDITED_READS[method];
  if (!spec) return;
  const record = input as Record<string, unknown>;
  const id = spec.idField ? record[spec.idField] : null;
  const { format, period, filter } = record;
  recordAudit(ctx.core.db, {
    actor: ctx.actor,
    action: `read.${method}`,
    entity: spec.entity,
    entityId: typeof id === 'number' ? id : null,
    after: { door: ctx.door, address: ctx.address, ...(format ? { format } : {}), ...(period ? { period } : {}), ...(filter ? { filter } : {}) },
  });
}
