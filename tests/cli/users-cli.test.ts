import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir.js';

const bin = join(import.meta.dirname, '..', '..', 'main', 'cli', 'bin.js');
const temp = makeTempDir();
afterAll(() => temp.remove());
const data = join(temp.dir, 'data');

function run(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const env = { ...process.env, ...options.env };
  delete env.REVIEW_DESK_PASSWORD;
  Object.assign(env, options.env);
  return spawnSync(process.execPath, [bin, ...args, '--data', data], { encoding: 'utf8', input: options.input ?? '', env });
}

// Each step spawns the CLI (about 3 s on a quiet machine, far more on a loaded one): a generous timeout.
describe('review-desk users and --as', { timeout: 600_000 }, () => {
  it('bootstraps the first admin, then every write needs a named account with its password', () => {
    const notAdmin = run(['users', 'add', '--login', 'wang', '--name', '王立新', '--role', 'reviewer', '--password-stdin'], { input: 'Review2026!\n' });
    expect(notAdmin.status).toBe(2);
    expect(notAdmin.stderr).toContain('管理员');
    const first = run(['users', 'add', '--login', 'admin', '--name', '张所长', '--role', 'admin', '--role', 'approver', '--password-stdin'], { input: 'Hong2026hua\n' });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('已新建管理员账号 admin');

    const anonymous = run(['users', 'add', '--login', 'wang', '--name', '王立新', '--role', 'reviewer', '--password-stdin'], { input: 'Review2026!\n' });
    expect(anonymous.status).toBe(2);
    expect(anonymous.stderr).toContain('--as');
    const wrong = run(['users', 'add', '--as', 'admin', '--login', 'wang', '--name', '王立新', '--role', 'reviewer', '--password-stdin'], { input: 'wrong\nReview2026!\n' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('登录名或密码不正确');
    // Acting password from the environment, the new account's from stdin.
    const ok = run(['users', 'add', '--as', 'admin', '--login', 'wang', '--name', '王立新', '--role', 'reviewer', '--password-stdin'], { input: 'Review2026!\n', env: { REVIEW_DESK_PASSWORD: 'Hong2026hua' } });
    expect(ok.status, ok.stderr).toBe(0);

    const list = run(['users', 'list', '--json']);
    const accounts = JSON.parse(list.stdout) as { login: string; displayName: string; roles: string[]; enabled: boolean }[];
    expect(accounts.map((a) => [a.login, a.displayName, a.roles.sort(), a.enabled])).toEqual([
      ['admin', '张所长', ['admin', 'approver'], true],
      ['wang', '王立新', ['reviewer'], true],
    ]);
    expect(list.stdout).not.toContain('scrypt');
  });

  it('refuses account commands to a non-admin and disables / resets as admin', () => {
    const byReviewer = run(['users', 'disable', '--as', 'wang', '--login', 'admin'], { env: { REVIEW_DESK_PASSWORD: 'Review2026!' } });
    expect(byReviewer.status).toBe(2);
    expect(byReviewer.stderr).toContain('无权');
    const reset = run(['users', 'reset-password', '--as', 'admin', '--login', 'wang', '--password-stdin'], { input: 'Newpass2026\n', env: { REVIEW_DESK_PASSWORD: 'Hong2026hua' } });
    expect(reset.status, reset.stderr).toBe(0);
    const old = run(['users', 'disable', '--as', 'wang', '--login', 'admin'], { env: { REVIEW_DESK_PASSWORD: 'Review2026!' } });
    expect(old.stderr).toContain('登录名或密码不正确');
    const disable = run(['users', 'disable', '--as', 'admin', '--login', 'wang'], { env: { REVIEW_DESK_PASSWORD: 'Hong2026hua' } });
    expect(disable.status, disable.stderr).toBe(0);
    const list = JSON.parse(run(['users', 'list', '--json']).stdout) as { login: string; enabled: boolean }[];
    expect(list.find((a) => a.login === 'wang')?.enabled).toBe(false);
    const doctor = JSON.parse(run(['doctor', '--json']).stdout) as { auditChain: { ok: boolean; entries: number } };
    expect(doctor.auditChain.ok).toBe(true);
    expect(doctor.auditChain.entries).toBeGreaterThan(5);
  });

  it('import refuses to write anonymously once accounts exist, and works as a named account', () => {
    const file = join(import.meta.dirname, '..', 'fixtures', 'docx', 'zh-contract-lease-rural-01.docx');
    const anonymous = run(['import', file]);
    expect(anonymous.status).toBe(2);
    expect(anonymous.stderr).toContain('--as');
    const named = run(['import', '--as', 'admin', '--json', file], { env: { REVIEW_DESK_PASSWORD: 'Hong2026hua' } });
    expect(named.status, named.stderr).toBe(0);
    // --json reports each file as one JSON line, then a summary line.
    const [report] = named.stdout.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; serial: string });
    expect(report).toMatchObject({ ok: true, serial: expect.stringMatching(/^审\d{4}-0001$/) });
    // An account without a registering role (viewer) is refused with the role message.
    run(['users', 'add', '--as', 'admin', '--login', 'du', '--name', '杜督察', '--role', 'viewer', '--password-stdin'], { input: 'Viewer2026\n', env: { REVIEW_DESK_PASSWORD: 'Hong2026hua' } });
    const viewer = run(['import', '--as', 'du', file], { env: { REVIEW_DESK_PASSWORD: 'Viewer2026' } });
    expect(viewer.status).toBe(2);
    expect(viewer.stderr).toContain('无权');
  });
});
