// A second server on the same data folder, for the concurrency test: opens its own core and writes
// (registers a matter, adds an opinion) in a loop until its stdin closes, then prints
// {"ok": n, "failed": n, "errors": [...]} and exits. Run with `node --import tsx`.
import { dispatch } from '../../main/api/router.js';
import { contextAs } from './accounts.js';
import { openCore } from '../../main/core/core.js';

const core = await openCore(process.argv[2]!);
// The account is created by the test before this process starts (two creators would race).
const ctx = await contextAs(core, '王审查');
let ok = 0;
let failed = 0;
const errors: string[] = [];
let running = true;
process.stdin.on('end', () => (running = false));
process.stdin.resume();
process.stdout.write('ready\n');
let i = 0;
while (running) {
  i++;
  const matter = await dispatch('matters.create', { type: 'contract', title: `并发登记${i}`, submittingUnit: '县教育局', receivedOn: '2026-03-02' }, ctx);
  const results = [matter];
  if (matter.ok) {
    const id = (matter.value as { id: number }).id;
    results.push(await dispatch('review.start', { matterId: id }, ctx));
    results.push(await dispatch('opinions.add', { matterId: id, text: `第${i}条：建议补充违约责任条款。`, severity: 'should', basis: null }, ctx));
  }
  for (const r of results) {
    if (r.ok) ok++;
    else {
      failed++;
      if (errors.length < 10) errors.push(`${r.error.code} ${r.error.message}`);
    }
  }
  // Let stdin's end event in between writes.
  await new Promise((resolve) => setTimeout(resolve, 5));
}
core.close();
process.stdout.write(JSON.stringify({ ok, failed, errors }) + '\n');
