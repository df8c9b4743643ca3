// Runs inside a fresh Node process against an extracted packed app (the production file set), never
// against the sources: every module below is imported from the `app` folder given on the command line.
// Prints one JSON line with what happened; the packaging test asserts on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const { app, nativeBinding, dataDir, docs, only } = JSON.parse(process.argv[2]);
const load = (rel) => import(pathToFileURL(join(app, rel)).href);
const { openCore } = await load('build/main/core/core.js');
const { dispatch } = await load('build/main/api/router.js');
const { stopExtractionWorker } = await load('build/main/core/documents/extract-pool.js');
const { latestVersion, loadMigrations } = await load('build/main/core/store/migrations.js');
const { createAccount } = await load('build/main/core/accounts/account-service.js');
const { contextFor } = await load('build/main/api/context.js');
const { unzipSync, strFromU8 } = await import(pathToFileURL(join(app, 'node_modules', 'fflate', 'esm', 'index.mjs')).href);

const result = {};
const core = await openCore(dataDir, { nativeBinding });
// Every call is made by a signed-in account, as in the installed app.
const account = await createAccount(core.db, 'system', { login: 'packtest', displayName: '打包测试', roles: ['reviewer', 'approver', 'admin'], unit: null, password: `Pack-${Date.now()}` });
const ctx = contextFor(core, 'cli', account);
const call = async (method, input) => {
  const r = await dispatch(method, input, ctx);
  if (!r.ok) throw Object.assign(new Error(`${method}: ${r.error.code} ${r.error.message}`), { code: r.error.code });
  return r.value;
};
try {
  result.schemaVersion = core.schemaVersion();
  result.latestMigration = latestVersion(loadMigrations());
  result.imports = {};
  for (const doc of docs.filter((d) => !only || d.fileName === only)) {
    try {
      const out = await call('documents.importAsMatter', {
        matter: { type: 'village.contract', title: doc.title, submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' },
        fileName: doc.fileName,
        content: readFileSync(doc.path),
      });
      const detail = await call('documents.get', { id: out.document.id });
      result.imports[doc.fileName] = { ok: true, matterId: out.matter.id, text: detail.blocks.map((b) => b.text).join('\n') };
    } catch (e) {
      result.imports[doc.fileName] = { ok: false, code: e.code ?? null, message: e.message };
    }
  }
  if (!only) {
    result.search = {};
    for (const q of ['合同', '集体经济', 'penalties']) result.search[q] = (await call('search.query', { query: q })).total;
    const first = Object.values(result.imports).find((i) => i.ok);
    // Letters need the office's name first (a new installation starts without one).
    const office = await call('office.get', {});
    await call('office.save', { settings: { ...office, officeName: '郯城县红花镇司法所', numberPrefix: '红司审' } });
    const letter = await call('letters.issue', { matterId: first.matterId, kind: 'return-notice', missingMaterials: ['村民会议记录'] });
    const file = await call('letters.download', { id: letter.id });
    const xml = strFromU8(unzipSync(Buffer.from(file.content))['word/document.xml']);
    result.letter = { number: letter.number, fileName: file.fileName, mentionsMaterial: xml.includes('村民会议记录') };
  }
} finally {
  await stopExtractionWorker();
  core.close();
}
process.stdout.write(`${JSON.stringify(result)}\n`);
