import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir.js';

const bin = join(import.meta.dirname, '..', '..', 'main', 'cli', 'bin.js');
const temp = makeTempDir();
afterAll(() => temp.remove());

describe('review-desk CLI', () => {
  it('prints help with the serve and doctor commands', () => {
    const out = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(out).toContain('serve');
    expect(out).toContain('doctor');
  });

  it('doctor creates the archive and reports its health as JSON', () => {
    const out = execFileSync(process.execPath, [bin, 'doctor', '--data', temp.dir, '--json'], { encoding: 'utf8' });
    const report = JSON.parse(out) as Record<string, unknown>;
    expect(report).toMatchObject({ dataDir: temp.dir, integrity: 'ok', matters: 0, node: process.versions.node });
    expect(report.schemaVersion).toBe(report.latestSchemaVersion);
    expect(report.sqlite).toMatch(/^3\.\d+/);
  });

  it('serve refuses a non-loopback host with a Chinese message and exit code 2', () => {
    const result = spawnSync(process.execPath, [bin, 'serve', '--data', temp.dir, '--host', '0.0.0.0'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/错误：.*(须先完成初始设置|界面尚未构建)/);
  });
});
