import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir.js';

const bin = join(import.meta.dirname, '..', '..', 'main', 'cli', 'bin.js');
const temp = makeTempDir();
afterAll(() => temp.remove());

const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'check', ...args], { encoding: 'utf8' });

describe('review-desk check', () => {
  it('prints findings as JSON in the documented shape, guessing the type when not given', () => {
    const file = join(temp.dir, '东风村村规民约.txt');
    writeFileSync(file, '东风村村规民约\n第一条 本村村民应当遵守法律法规。\n第二条 凡外嫁女及其子女，不享受本村集体经济组织收益分配。\n第三条 乱倒垃圾者罚款二百元。\n');
    const out = run(file, '--json');
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout.trim()) as { file: string; type: string; findings: Record<string, unknown>[] };
    expect(report.type).toBe('village.rules');
    expect(report).toMatchObject({ typeGuessed: true });
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain('village-rules.married-out-women');
    expect(rules).toContain('rules.sets-fine');
    const women = report.findings.find((f) => f.rule === 'village-rules.married-out-women')!;
    expect(Object.keys(women).sort()).toEqual(['basis', 'end', 'excerpt', 'message', 'paragraph', 'rule', 'severity', 'start', 'suggestion'].sort());
    expect(women.severity).toBe('must');
  });

  it('uses the given type', () => {
    const file = join(temp.dir, 'notice.txt');
    writeFileSync(file, '关于加强管理的通知\n一、违反本通知的，由乡镇人民政府处以五百元罚款。\n');
    const report = JSON.parse(run(file, '--type', 'normative', '--json').stdout.trim());
    expect(report.type).toBe('normative');
    expect(report.typeGuessed).toBeUndefined();
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain('normative.no-validity-period');
  });

  it('exits 2 when a file cannot be read, still checking the others', () => {
    const doc = join(temp.dir, 'old.doc');
    writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const good = join(temp.dir, 'good.txt');
    writeFileSync(good, '某某合同\n');
    const out = run(doc, good, '--json');
    expect(out.status).toBe(2);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].error.message).toContain('已损坏或不完整'); // .doc is read now (issue 15); this one is an empty OLE shell
    expect(lines[1].file).toBe(good);
    expect(run(join(temp.dir, 'missing.docx')).status).toBe(2);
  });
});
