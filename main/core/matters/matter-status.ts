import type Database from 'better-sqlite3';
import type { MatterStatus } from '../../../shared/domain/matter.js';
import { recordAudit } from '../audit.js';
import { assertMove } from '../workflow/status-machine.js';
import { nowIso, prepared } from '../store/statements.js';
import { getMatter } from './matter-service.js';

/**
 * Moves a matter to another status after the status machine allows it, with an audit entry.
 * Call inside the transaction of the action that causes the move.
 */
export function moveMatter(db: Database.Database, actor: string, matterId: number, to: MatterStatus, reason?: string): void {
  const matter = getMatter(db, matterId);
  assertMove(matter.status, to);
  prepared(db, 'UPDATE matters SET status = ?, updated_at = ? WHERE id = ?').run(to, nowIso(), matterId);
  recordAudit(db, {
    actor,
    action: 'matter.status',
    entity: 'matter',
    entityId: matterId,
    before: { status: matter.status },
    after: { status: to, reason: reason ?? null },
  });
}

/** The automatic moves a review causes (starting it, submitting, returning): only from the expected status. */
export function moveMatterIfAllowed(db: Database.Database, actor: string, matterId: number, from: MatterStatus, to: MatterStatus): boolean {
  if (getMatter(db, matterId).status !== from) return false;
  moveMatter(db, actor, matterId, to);
  return true;
}
