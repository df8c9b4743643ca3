/**
 * The flow as the issue describes it, written out independently of the implementation's table, as
 * "from>to" pairs. Shared by the status-machine tests and the persisted-move tests.
 */
export const ALLOWED_MOVES: ReadonlySet<string> = new Set<string>([
  'registered>in-review',
  'registered>returned',
  'registered>withdrawn',
  'in-review>awaiting-signoff',
  'in-review>returned',
  'in-review>withdrawn',
  'awaiting-signoff>opinion-issued',
  'awaiting-signoff>in-review',
  'awaiting-signoff>withdrawn',
  'opinion-issued>awaiting-feedback',
  'opinion-issued>closed',
  'awaiting-feedback>closed',
  'returned>in-review',
  'returned>registered',
  'returned>withdrawn',
]);
