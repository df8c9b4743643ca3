// The desktop app as it is installed, checked without the Electron binary (it cannot be downloaded on
// our machines): electron-builder packs the real file set around a stand-in Electron folder with fuses
// off, and the production files are then run under Node from a folder whose path has Chinese characters
// and spaces. electron-builder runs once for the whole file (about 20 s).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAll } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abiMismatch, electronAbi, readAddonAbi } from '../../main/app/native-abi.js';
import { asarFiles, checkPackedApp, PACKED_ADDON } from '../../main/app/packaging/packed-app.js';
import { makeTempDir } from '../support/temp-dir.js';
import { predefinedCMapPdf, standardFontPdf } from '../support/make-pdf.js';

const root = join(import.meta.dirname, '..', '..');
const NODE_ADDON = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const DRIVER = join(root, 'tests', 'support', 'packed-app-driver.mjs');
const DOCX = join(root, 'tests', 'fixtures', 'docx', 'zh-contract-lease-rural-01.docx');

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = join(dir, e.name);
    return sum + (e.isDirectory() ? folderBytes(p) : statSync(p).size);
  }, 0);
}

describe.runIf(process.platform === 'linux')('packaged desktop app (electron-builder --dir, stand-in Electron)', () => {
  const temp = makeTempDir('review-desk-pack-');
  const out = join(temp.dir, 'release');
  const resources = join(out, 'linux-unpacked', 'resources');
  let buildError: Error | null = null;

  beforeAll(async () => {
    if (!existsSync(join(root, 'build', 'main', 'app', 'index.js')) || !existsSync(join(root, 'build', 'renderer', 'index.html'))) {
      throw new Error('run `npm run build` first: the package is made from build/');
    }
    // Electron's folder as electron-builder copies it; only the executable's name matters here.
    const electronDist = join(temp.dir, 'electron-dist');
    mkdirSync(electronDist);
    writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho stand-in for the Electron binary\n', { mode: 0o755 });
    // The addon for Node stands in for the Electron build (no Electron headers here). The afterPack hook
    // checks it against Electron's ABI, so this build must fail after the files are in place.
    const addon = join(temp.dir, 'native', 'better_sqlite3.node');
    mkdirSync(join(temp.dir, 'native'));
    copyFileSync(NODE_ADDON, addon);
    try {
      await build({
        projectDir: root,
        targets: Platform.LINUX.createTarget('dir'),
        config: {
          electronDist,
          electronVersion: '45.5.0',
          electronFuses: null,
          directories: { output: out },
          extraResources: [{ from: addon, to: PACKED_ADDON }],
        },
      });
    } catch (e) {
      buildError = e as Error;
    }
  });
  afterAll(() => temp.remove());

  it('fails the build when the packed better-sqlite3 is not built for Electron’s ABI', () => {
    expect(electronAbi(root)).toBe(150);
    expect(readAddonAbi(NODE_ADDON)).toEqual({ kind: 'v8', abi: Number(process.versions.modules) });
    expect(buildError?.message, buildError?.message).toMatch(/Native module ABI check failed: .*built for ABI 115 .*needs ABI 150/s);
    // The same check passes for the ABI the addon was built for, so it reads the real symbol.
    expect(abiMismatch(join(resources, PACKED_ADDON), Number(process.versions.modules))).toBeNull();
  });

  it('packs exactly what the program loads at run time, and none of the build tools', () => {
    const { problems, fileCount } = checkPackedApp(resources, root);
    expect(problems).toEqual([]);
    const files = asarFiles(resources);
    for (const f of [
      'build/main/app/index.js',
      'build/main/app/preload.cjs',
      'build/main/core/documents/extract-worker.js',
      'build/main/core/store/migrations/0010-initial.sql',
      'node_modules/pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap',
      'node_modules/pdfjs-dist/cmaps/Adobe-GB1-UCS2.bcmap',
      'node_modules/pdfjs-dist/standard_fonts/FoxitSerif.pfb',
      'node_modules/better-sqlite3/lib/database.js',
    ]) {
      expect(files.has(f), f).toBe(true);
    }
    for (const prefix of ['node_modules/tsx/', 'node_modules/esbuild/', 'node_modules/better-sqlite3/src/', 'node_modules/better-sqlite3/deps/', 'node_modules/better-sqlite3/build/']) {
      expect([...files].filter((f) => f.startsWith(prefix)), prefix).toEqual([]);
    }
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    console.log(`packed: ${fileCount} files in app.asar, ${mb(statSync(join(resources, 'app.asar')).size)} MB; resources/ ${mb(folderBytes(resources))} MB`);
  });

  it('runs the production files under Node from a path with Chinese characters and spaces', () => {
    const base = join(temp.dir, '审查 工作台', '安装 目录');
    const app = join(base, 'app');
    mkdirSync(base, { recursive: true });
    extractAll(join(resources, 'app.asar'), app);
    const nativeBinding = join(base, 'native', 'better_sqlite3.node');
    mkdirSync(join(base, 'native'));
    copyFileSync(join(resources, PACKED_ADDON), nativeBinding);
    const inputs = join(base, '送审 材料');
    mkdirSync(inputs);
    const docs = [
      { fileName: '租赁 合同.docx', title: '某村房屋租赁合同', bytes: null as Buffer | null, source: DOCX },
      { fileName: '集体经济 合同（UniGB-UCS2-H）.pdf', title: '集体经济合同', bytes: predefinedCMapPdf(['第一条 村民委员会应当公开集体经济合同的签订情况。', '第二条 本合同自村民会议通过之日起生效。']) },
      { fileName: 'standard font.pdf', title: '标准字体合同', bytes: standardFontPdf(['Contract review 2024: payment terms and penalties.', 'The parties sign in two copies.']) },
    ].map((d) => {
      const path = join(inputs, d.fileName);
      if (d.bytes) writeFileSync(path, d.bytes);
      else copyFileSync(d.source!, path);
      return { fileName: d.fileName, title: d.title, path };
    });
    const run = (dataDir: string, only?: string) => {
      const child = spawnSync(process.execPath, [DRIVER, JSON.stringify({ app, nativeBinding, dataDir, docs, only })], {
        cwd: base,
        encoding: 'utf8',
        // No variables from the source checkout: the packed files must find everything themselves.
        env: { PATH: process.env.PATH, HOME: base, LANG: 'C.UTF-8' },
      });
      expect(child.status, child.stderr).toBe(0);
      return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
        schemaVersion: number;
        latestMigration: number;
        imports: Record<string, { ok: boolean; text?: string; code?: string; message?: string }>;
        search: Record<string, number>;
        letter: { number: string; fileName: string; mentionsMaterial: boolean };
      };
    };
    const result = run(join(base, '数据 目录'));
    expect(result.schemaVersion).toBe(result.latestMigration);
    expect(result.schemaVersion).toBeGreaterThanOrEqual(60);
    for (const d of docs) expect(result.imports[d.fileName], JSON.stringify(result.imports[d.fileName])).toMatchObject({ ok: true });
    expect(result.imports['集体经济 合同（UniGB-UCS2-H）.pdf']!.text).toContain('村民委员会应当公开集体经济合同的签订情况');
    expect(result.imports['standard font.pdf']!.text).toContain('payment terms and penalties');
    expect(result.imports['租赁 合同.docx']!.text).toContain('租赁');
    expect(result.search['集体经济']).toBeGreaterThanOrEqual(1);
    expect(result.search['合同']).toBeGreaterThanOrEqual(2);
    expect(result.search['penalties']).toBe(1);
    expect(result.letter.mentionsMaterial).toBe(true);
    expect(result.letter.fileName).toMatch(/\.docx$/);

    // Control: without pdf.js's cMaps the same Chinese PDF cannot be read, so the import above really
    // used the packed cMaps and not something outside the package.
    rmSync(join(app, 'node_modules', 'pdfjs-dist', 'cmaps'), { recursive: true });
    const control = run(join(base, '对照 数据'), docs[1]!.fileName);
    const cjk = control.imports[docs[1]!.fileName]!;
    expect(cjk.ok && cjk.text?.includes('村民委员会应当公开')).toBe(false);
    cpSync(join(root, 'node_modules', 'pdfjs-dist', 'cmaps'), join(app, 'node_modules', 'pdfjs-dist', 'cmaps'), { recursive: true });
  });
});
