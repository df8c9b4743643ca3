import type { z } from 'zod';
import { mattersContract } from './matters.js';
import { reportsContract } from './reports.js';
import { reviewContract } from './review.js';
import { lettersContract } from './letters.js';
import { findingsContract } from './findings.js';
import { documentsContract } from './documents.js';
import { searchContract } from './search.js';
import { systemContract } from './system.js';
import { workflowContract } from './workflow.js';
import { accountsContract } from './accounts.js';
import { exchangeContract } from './exchange.js';
import { backupContract } from './backup.js';
import { statutesContract } from './statutes.js';
import { casefileContract } from './casefile.js';
import { remindersContract } from './reminders.js';
import { countyReportContract } from './county-report.js';
import { batchContract } from './batch.js';
import { matterRecordsContract } from './matter-records.js';
import { holidaysContract } from './holidays.js';
import { documentTextContract } from './document-text.js';

/** Every API method of Review Desk. Each door (IPC, HTTP, tests) dispatches by these names. */
export const contract = {
  ...systemContract,
  ...mattersContract,
  ...reviewContract,
  ...lettersContract,
  ...findingsContract,
  ...documentsContract,
  ...searchContract,
  ...workflowContract,
  ...reportsContract,
  ...accountsContract,
  ...exchangeContract,
  ...backupContract,
  ...statutesContract,
  ...casefileContract,
  ...remindersContract,
  ...countyReportContract,
  ...batchContract,
  ...matterRecordsContract,
  ...holidaysContract,
  ...documentTextContract,
};

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller sends (before defaults and trimming). */
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

export * from './rpc.js';
export * from './binary.js';
export * from './matters.js';
export * from './review.js';
export * from './letters.js';
export * from './findings.js';
export * from './documents.js';
export * from './search.js';
export * from './system.js';
export * from './workflow.js';
export * from './reports.js';
export * from './accounts.js';
export * from './exchange.js';
export * from './backup.js';
export * from './statutes.js';
export * from './casefile.js';
export * from './reminders.js';
export * from './county-report.js';
export * from './batch.js';
export * from './matter-records.js';
export * from './holidays.js';
export * from './document-text.js';
