import { coreMessages } from './core';
import { lettersMessages } from './letters';
import { documentsMessages } from './documents';
import { importMessages } from './import';
import { searchMessages } from './search';
import { reviewMessages } from './review';
import { templatesMessages } from './templates';
import { workflowMessages } from './workflow';
import { ledgerMessages } from './ledger';
import { statsMessages } from './stats';
import { findingsMessages } from './findings';
import { accountsMessages } from './accounts';
import { exchangeMessages } from './exchange';
import { backupMessages } from './backup';
import { statutesMessages } from './statutes';
import { casefileMessages } from './casefile';
import { remindersMessages } from './reminders';
import { batchMessages } from './batch';
import { recordsMessages } from './records';
import { pagesMessages } from './pages';

/**
 * Every area's strings, merged. To add an area: write messages/<area>.ts with defineMessages and
 * spread it here (keys are prefixed by area, e.g. 'ledger.title', so areas never collide).
 */
const areas = [coreMessages, lettersMessages, documentsMessages, importMessages, searchMessages, reviewMessages, templatesMessages, workflowMessages, ledgerMessages, statsMessages, findingsMessages, accountsMessages, exchangeMessages, backupMessages, statutesMessages, casefileMessages, remindersMessages, batchMessages, recordsMessages, pagesMessages] as const;

type AreaKeys<T> = T extends { zh: Record<infer K, string> } ? K : never;
export type MessageKey = AreaKeys<(typeof areas)[number]>;

export const zhCN = Object.assign({}, ...areas.map((a) => a.zh)) as Record<MessageKey, string>;
export const enUS = Object.assign({}, ...areas.map((a) => a.en)) as Record<MessageKey, string>;
