import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../main/cli/command-table.js';
import { buildFullProgram, buildProgram } from '../../main/cli/index.js';

const commandsDir = join(import.meta.dirname, '..', '..', 'main', 'cli', 'commands');

describe('the lazily loaded command table (issue 17)', () => {
  it('lists every command module, and each summary is what the module registers', async () => {
    const full = await buildFullProgram();
    const registered = full.commands.map((c) => c.name()).sort();
    expect(COMMANDS.map((c) => c.name).sort()).toEqual(registered);
    for (const entry of COMMANDS) {
      expect(full.commands.find((c) => c.name() === entry.name)?.description(), entry.name).toBe(entry.summary);
    }
    const files = readdirSync(commandsDir).filter((f) => f.endsWith('.ts'));
    const source = readFileSync(join(commandsDir, '..', 'command-table.ts'), 'utf8');
    for (const file of files) expect(source, file).toContain(`./commands/${file.replace(/\.ts$/, '.js')}`);
  });

  it('loads only the named command: its options are there, the other commands are not', async () => {
    const program = await buildProgram(['node', 'review-desk', 'ledger', '--csv']);
    expect(program.commands.map((c) => c.name())).toEqual(['ledger']);
    expect(program.commands[0]!.options.map((o) => o.long)).toContain('--csv');
    const help = await buildProgram(['node', 'review-desk', 'help', 'users']);
    expect(help.commands.map((c) => c.name())).toEqual(['users']);
  });

  it('without a command, lists every command by its summary and loads none', async () => {
    const program = await buildProgram(['node', 'review-desk', '--help']);
    expect(program.commands.map((c) => c.name())).toEqual(COMMANDS.map((c) => c.name));
    expect(program.commands.every((c: Command) => c.options.length === 0)).toBe(true);
  });
});
