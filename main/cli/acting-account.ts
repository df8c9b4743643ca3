import { Option } from 'commander';
import { createInterface } from 'node:readline';
import { AppError } from '../core/errors.js';

/*
 * What every command module may import at its top: the --as option and standard input. Who the command
 * acts as (cli-actor.ts: sign-in, roles, the contract) is loaded by the command when it runs (issue 17).
 */

/** `--as LOGIN`: the account a command acts as; its password comes from REVIEW_DESK_PASSWORD or stdin. */
export function asOption(): Option {
  return new Option('--as <login>', '以该账号操作（密码取自环境变量 REVIEW_DESK_PASSWORD 或标准输入）');
}

let stdinLines: AsyncIterator<string> | null = null;

/** The next line of standard input (passwords are read one per line, in the order asked for). */
export async function readStdinLine(what: string): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(`请输入${what}：`);
  stdinLines ??= createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  const next = await stdinLines.next();
  if (next.done) throw new AppError('cli.no-password', `未提供${what}：请设置环境变量或从标准输入提供。`);
  return next.value.replace(/\r$/, '');
}

/** Frees standard input so the process can exit once the command is done. */
export function closeStdin(): void {
  if (stdinLines) void stdinLines.return?.();
  process.stdin.pause();
}
