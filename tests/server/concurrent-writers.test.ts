import { spawn } from 'node:child_process';
import { ensureAccount, TEST_PASSWORD } from '../support/accounts.js';
import { createSession } from '../../main/core/accounts/sessions.js';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../main/core/core.js';
import { stopExtractionWorker } from '../../main/core/documents/extract-pool.js';
import { cookieName, startServer } from '../../main/server/http-server.js';
import { callAs } from '../support/approved-matter.js';
import { makeTempDir } from '../support/temp-dir.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'main', 'cli', 'bin.js');
const RISKY = join(root, 'tests', 'fixtures', 'docx', 'zh-contract-lease-filled-risky-01.docx');
const temp = makeTempDir();
afterAll(() => temp.remove());

interface Outcome {
  ok: number;
  failed: number;
  errors: string[];
}

/**
 * The proof of issue 12: a CLI import of 200 files, a browser client writing opinions and accepting
 * findings in a loop through the HTTP server, and a second server writing on the same folder — and not
 * one failed write.
 */
describe('three writers on one archive', () => {
  it('a CLI import, a client through the server and a second server: 0 failed writes', async () => {
    const data = join(temp.dir, 'data');
    const core = await openCore(data);
    const site = join(temp.dir, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<!doctype html>');
    // Matters with a risky contract each, so there are findings to accept.
    const matters: number[] = [];
    for (let i = 0; i < 6; i++) {
      const m = await callAs(core, '王审查', 'matters.create', { type: 'contract', title: `租赁合同${i}`, submittingUnit: '东风村', receivedOn: '2026-03-02' });
      await callAs(core, '王审查', 'documents.import', { matterId: m.id, fileName: `租赁${i}.docx`, content: readFileSync(RISKY) });
      await callAs(core, '王审查', 'review.start', { matterId: m.id });
      matters.push(m.id);
    }
    const findings = (await Promise.all(matters.map((id) => callAs(core, '王审查', 'findings.list', { matterId: id })))).flat().filter((f) => f.state === 'open');
    const server = await startServer({ core, staticDir: site, port: 0 });
    const account = await ensureAccount(core, '王审查');
    const cookie = `${cookieName(server.port)}=${createSession(core.db, account.id, 'http', '127.0.0.1')}`;

    const inbox = join(temp.dir, 'inbox');
    mkdirSync(inbox);
    for (let i = 0; i < 200; i++) {
      if (i % 20 === 0) copyFileSync(RISKY, join(inbox, `合同${i}.docx`));
      writeFileSync(join(inbox, `通知${String(i).padStart(3, '0')}.txt`), `关于第${i}次村民代表会议的通知\n${`第${i}条 会议议程与表决事项。\n`.repeat(400)}`);
    }
    const files = 200 + 10;

    const second = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests', 'support', 'second-writer.ts'), data], { stdio: ['pipe', 'pipe', 'inherit'] });
    let secondOut = '';
    await new Promise<void>((resolve) => second.stdout.on('data', (c: Buffer) => ((secondOut += c.toString()), secondOut.includes('ready') && resolve())));

    const cli = spawn(process.execPath, [bin, 'import', '--data', data, '--as', '王审查', '--json', inbox], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REVIEW_DESK_PASSWORD: TEST_PASSWORD },
    });
    let cliOut = '';
    let cliErr = '';
    cli.stdout.on('data', (c: Buffer) => (cliOut += c.toString()));
    cli.stderr.on('data', (c: Buffer) => (cliErr += c.toString()));
    let cliDone = false;
    const cliExit = new Promise<number | null>((resolve) => cli.once('exit', (code) => ((cliDone = true), resolve(code))));

    const client: Outcome = { ok: 0, failed: 0, errors: [] };
    const post = async (method: string, input: unknown) => {
      const res = await fetch(`${server.url}api/rpc/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(input) });
      const body = (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
      if (body.ok) client.ok++;
      else {
        client.failed++;
        if (client.errors.length < 10) client.errors.push(`${method}: ${body.error?.code} ${body.error?.message}`);
      }
    };
    let i = 0;
    while (!cliDone) {
      const matterId = matters[i % matters.length]!;
      await post('opinions.add', { matterId, text: `客户端第${i}条意见：建议明确租金支付方式。`, severity: 'should', basis: null });
      const finding = findings.shift();
      if (finding) await post('findings.accept', { id: finding.id });
      i++;
    }
    const cliCode = await cliExit;
    second.stdin.end();
    await new Promise((resolve) => second.once('exit', resolve));
    const secondResult = JSON.parse(secondOut.split('\n').filter((l) => l.startsWith('{')).at(-1)!) as Outcome;
    await server.close();
    await stopExtractionWorker();

    const lines = cliOut.trim().split('\n').map((l) => JSON.parse(l) as { ok?: boolean; summary?: boolean; imported?: number; stopped?: string | null; code?: string; message?: string });
    const summary = lines.at(-1)!;
    console.log(
      `concurrency: CLI imported ${summary.imported}/${files}; client ${client.ok} writes ok, ${client.failed} failed; second server ${secondResult.ok} ok, ${secondResult.failed} failed`,
    );
    expect(cliErr).toBe('');
    expect(lines.filter((l) => !l.summary && !l.ok)).toEqual([]);
    expect(summary).toMatchObject({ summary: true, total: files, processed: files, stopped: null });
    expect(cliCode).toBe(0);
    expect(client.errors).toEqual([]);
    expect(client.failed).toBe(0);
    expect(client.ok).toBeGreaterThan(10);
    expect(secondResult.errors).toEqual([]);
    expect(secondResult.ok).toBeGreaterThan(10);
    const counts = core.db.prepare('SELECT (SELECT count(*) FROM matters) AS matters, (SELECT count(*) FROM opinions) AS opinions').get() as { matters: number; opinions: number };
    expect(counts.matters).toBe(6 + (summary.imported ?? 0) + secondResult.ok / 3);
    core.close();
  });
});
