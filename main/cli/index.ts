import { Command } from 'commander';
import { APP_VERSION } from '../core/version.js';
import { COMMANDS } from './command-table.js';

/**
 * The `review-desk` program for this command line. Only the named command's module is loaded (see
 * command-table.ts); without one (`--help`, `--version`, a typo) each command is listed by its summary,
 * and commander prints the help or the "unknown command" hint from those.
 */
export async function buildProgram(argv: readonly string[] = process.argv): Promise<Command> {
  const program = new Command('review-desk')
    .description('合法性审查工作台 Review Desk — 命令行 (command line)')
    .version(APP_VERSION);
  const args = argv.slice(2);
  // `review-desk help import` asks for the help of `import`.
  const named = args[0] === 'help' ? args[1] : args[0];
  const chosen = COMMANDS.find((c) => c.name === named);
  if (chosen) {
    (await chosen.load())(program);
    return program;
  }
  for (const command of COMMANDS) program.command(command.name).description(command.summary);
  return program;
}

/** Every command fully registered (for tests and documentation); loads every command module. */
export async function buildFullProgram(): Promise<Command> {
  const program = new Command('review-desk');
  const loaded = new Set<(program: Command) => void>();
  for (const command of COMMANDS) {
    const register = await command.load();
    if (loaded.has(register)) continue;
    loaded.add(register);
    register(program);
  }
  return program;
}
