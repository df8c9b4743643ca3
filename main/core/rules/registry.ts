import type { RuleInfo } from '../../../shared/domain/finding.js';
import { amountMismatch } from './checks/amount-mismatch.js';
import { amountStyle } from './checks/amount-style.js';
import { contractMissingClause } from './checks/contract-missing-clause.js';
import { contractSignature } from './checks/contract-signature.js';
import { contractExemption, depositOver20, paymentSmeTerms, penaltyHigh } from './checks/contract-terms.js';
import { dateInvalid } from './checks/date-invalid.js';
import { adminArbitration, arbitrationNoCommission, disputeBoth } from './checks/dispute.js';
import { documentDateFormat, documentNumberFormat } from './checks/document-format.js';
import { fairCompetitionLocal, fairCompetitionSubsidy } from './checks/fair-competition.js';
import { leaseTermOver20 } from './checks/lease-term.js';
import { minutesVoteQuorum } from './checks/minutes-quorum.js';
import { placeholderBlank } from './checks/placeholder-blank.js';
import {
  normativeCertificates,
  normativeSetsCoercion,
  normativeSetsFee,
  normativeSetsLicense,
} from './checks/normative-powers.js';
import { normativeNoValidity, normativeValidityOver } from './checks/normative-validity.js';
import { rulesSetsFine } from './checks/rules-fine.js';
import { rulesRestrictsLiberty } from './checks/rules-liberty.js';
import { villageDeprive, villageFiling, villageForcedTransfer } from './checks/village-misc.js';
import { villageMarriedOutWomen } from './checks/village-women.js';
import type { Rule } from './types.js';

/** Every pre-check rule, in the order findings of equal position are listed. */
export const RULES: readonly Rule[] = [
  amountMismatch,
  amountStyle,
  placeholderBlank,
  contractMissingClause,
  contractSignature,
  disputeBoth,
  arbitrationNoCommission,
  adminArbitration,
  leaseTermOver20,
  dateInvalid,
  villageMarriedOutWomen,
  rulesSetsFine,
  rulesRestrictsLiberty,
  villageDeprive,
  villageForcedTransfer,
  villageFiling,
  normativeSetsLicense,
  normativeSetsCoercion,
  normativeSetsFee,
  normativeCertificates,
  normativeNoValidity,
  normativeValidityOver,
  documentNumberFormat,
  documentDateFormat,
  fairCompetitionLocal,
  fairCompetitionSubsidy,
  paymentSmeTerms,
  depositOver20,
  penaltyHigh,
  contractExemption,
  minutesVoteQuorum,
];

/** Rule metadata (no code), for the UI, the CLI and the API. */
export function ruleInfo(rule: Rule): RuleInfo {
  const { id, ref, title, types, severity, message, basis, suggestion } = rule;
  return { id, ...(ref ? { ref } : {}), title, types: [...types], severity, message, basis, suggestion };
}

export const RULE_INFO: readonly RuleInfo[] = RULES.map(ruleInfo);
