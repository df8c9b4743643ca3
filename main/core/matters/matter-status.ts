import type Database from 'better-sqlite3';
import type { MatterStatus } from '../../../shared/domain/matter.js';
import { moveMatterStatus } from '../workflow/status-service.js';
import { getMatter } from './matter-service.js';

/**
 * Moves a matter as part of another action (submitting a review, issuing a letter): the workflow
 * service checks the move, records it in the status history and keeps the deadline in step.
 * Call inside the transaction of the action that causes the move.
 */
export function moveMatter(db: Database.Database, actor: string, matterId: number, to: MatterStatus, reason?: string): void {
  moveMatterStatus(db, actor, { matterId, to, reason: reason ?? null });
}

/** The automatic moves an action causes only from the expected status (e.g. starting a review). */
export function moveMatterIfAllowed(
  db: Database.Database,
  actor: string,
  matterId: number,
  from: MatterStatus,
  to: MatterStatus,
  reason?: string,
): boolean {
  if (getMatter(db, matterId).status !== from) return false;
  moveMatter(db, actor, matterId, to, reason);
  return true;
}
