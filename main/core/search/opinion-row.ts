/**
 * One opinion with its matter, as the archive search and 类似意见 both read it (same columns, same
 * fields in the answer), so the two lists show an opinion the same way.
 */
import type { MatterType, ReviewResult, Severity } from '../../../shared/domain/matter.js';
import type { OpinionSearchHit } from '../../../shared/contract/search.js';

/** The SELECT list both queries use (opinions o JOIN matters m). */
export const OPINION_WITH_MATTER_COLUMNS = 'o.id, o.matter_id, o.text, o.basis, o.quote, o.severity, o.adoption, m.serial, m.title, m.type, m.result, m.received_on';

export interface OpinionWithMatterRow {
  id: number;
  matter_id: number;
  text: string;
  basis: string | null;
  quote: string | null;
  severity: Severity;
  adoption: OpinionSearchHit['adoption'];
  serial: string;
  title: string;
  type: MatterType;
  result: ReviewResult | null;
  received_on: string;
}

export function opinionWithMatter(r: OpinionWithMatterRow) {
  return {
    opinionId: r.id,
    matterId: r.matter_id,
    serial: r.serial,
    title: r.title,
    matterType: r.type,
    receivedOn: r.received_on,
    result: r.result,
    severity: r.severity,
    adoption: r.adoption,
    text: r.text,
    basis: r.basis,
    quote: r.quote,
  };
}
