import { createInterface } from 'node:readline';

/** Environment variable a script can set instead of typing the backup passphrase. */
export const PASSPHRASE_ENV = 'REVIEW_DESK_BACKUP_PASSPHRASE';

/** Asks one question on the terminal; with `hidden`, what is typed is not echoed. */
export function ask(question: string, hidden = false): Promise<string> {
  if (!process.stdin.isTTY && hidden) {
    return Promise.reject(new Error(`无法在非交互环境中输入密码，请设置环境变量 ${PASSPHRASE_ENV}。`));
  }
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
    if (hidden) {
      // Echo nothing but the question itself.
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.startsWith(question)) write(question);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write('\n');
      resolve(answer);
    });
  });
}

/** The passphrase from the environment, or typed (twice when choosing a new one). */
export async function passphrase(purpose: 'new' | 'existing'): Promise<string> {
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  const first = await ask('备份密码：', true);
  if (purpose === 'new' && (await ask('再次输入备份密码：', true)) !== first) throw new Error('两次输入的密码不一致。');
  return first;
}
