import { Command } from 'commander';
import { APP_VERSION } from '../core/version.js';
import { registerBackup, registerRestore } from './commands/backup.js';
import { registerCheck } from './commands/check.js';
import { registerDoctor } from './commands/doctor.js';
import { registerImport } from './commands/import.js';
import { registerLedger } from './commands/ledger.js';
import { registerAnnotate, registerLetter } from './commands/letter.js';
import { registerSearch } from './commands/search.js';
import { registerSelftest } from './commands/selftest.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';
import { registerUsers } from './commands/users.js';
import { registerExchange } from './commands/exchange.js';
import { registerLaw } from './commands/law.js';

/** The `review-desk` program with every subcommand registered. */
export function buildProgram(): Command {
  const program = new Command('review-desk')
    .description('合法性审查工作台 Review Desk — 命令行 (command line)')
    .version(APP_VERSION);
  registerServe(program);
  registerDoctor(program);
  registerImport(program);
  registerSearch(program);
  registerLetter(program);
  registerAnnotate(program);
  registerCheck(program);
  registerStats(program);
  registerLedger(program);
  registerUsers(program);
  registerSelftest(program);
  registerExchange(program);
  registerBackup(program);
  registerRestore(program);
  registerLaw(program);
  return program;
}
