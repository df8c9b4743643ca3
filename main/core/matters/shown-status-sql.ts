/**
 * SQL of shownStatus (shared/domain/matter.ts) over the matters table aliased `m`: a status filter
 * selects what the 状态 column shows — 作废 apart from every flow status, 已签批待出具 apart from 待签批 —
 * so a filter's count and the rows it lists agree with the queue and the column. Keep the two in step
 * (tests/core/matters/status-filters.test.ts compares them on real rows).
 */
export const SHOWN_STATUS_SQL = `(CASE WHEN m.voided_at IS NOT NULL THEN 'voided'
  WHEN m.status = 'awaiting-signoff' AND m.signed_off_on IS NOT NULL THEN 'signed-off'
  ELSE m.status END)`;
