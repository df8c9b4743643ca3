/**
 * Pure helpers for showing pre-check findings: grouping by severity, the order the keyboard walks,
 * and spotting bases that are not verified statute text. No React, no API.
 */
import type { StoredFinding } from '../../../../shared/contract/index';
import { SEVERITIES, type Severity } from '../../../../shared/domain/matter';

/** antd tag colours per severity, the same the opinion cards use. */
export const FINDING_COLOR: Record<Severity, string> = { must: 'red', should: 'orange', hint: 'blue' };

export interface FindingGroups {
  /** Open findings per severity, most serious first, each group in document order. */
  open: { severity: Severity; findings: StoredFinding[] }[];
  /** Accepted or dismissed findings, in document order. */
  handled: StoredFinding[];
  /** Open findings in the order shown, which is the order ↑/↓ walks. */
  order: StoredFinding[];
}

const byPlace = (a: StoredFinding, b: StoredFinding) => a.paragraph - b.paragraph || a.start - b.start || a.id - b.id;

export function groupFindings(findings: StoredFinding[]): FindingGroups {
  const sorted = [...findings].sort(byPlace);
  const open = SEVERITIES.map((severity) => ({
    severity,
    findings: sorted.filter((f) => f.state === 'open' && f.severity === severity),
  })).filter((g) => g.findings.length > 0);
  return { open, handled: sorted.filter((f) => f.state !== 'open'), order: open.flatMap((g) => g.findings) };
}

/** The marks the rules put on a basis that has not been checked against the statute text. */
const UNVERIFIED_MARKS = ['【二手】', '〔实务〕', '（待核实）', '(待核实)', '（未核实）'];

export function basisIsUnverified(basis: string): boolean {
  return UNVERIFIED_MARKS.some((m) => basis.includes(m));
}

/** The finding the keyboard should go to after `id` leaves the open list: the next one, else the one before. */
export function neighbourAfterRemoval(order: StoredFinding[], id: number): number | null {
  const index = order.findIndex((f) => f.id === id);
  if (index < 0) return null;
  return (order[index + 1] ?? order[index - 1])?.id ?? null;
}
