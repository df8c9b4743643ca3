import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { OFFICE_KIND_ZH, PACKAGE_KIND_ZH, parseOfficeKind, parsePackageKind, suggestOfficeCode } from '../../../shared/domain/exchange-vocabulary.js';
import type { Core } from '../../core/core.js';
import { AppError } from '../../core/errors.js';
import type { PackagePreview } from '../../core/exchange/import-package.js';
import type { Method } from '../../../shared/contract/index.js';
import { asOption, closeStdin } from '../acting-account.js';
import { dataOption } from '../data-option.js';

/**
 * What the subcommands run — the archive, the package code (crypto, zip, the document readers for
 * imports), the office keys — loaded when one runs, so `review-desk package --help` loads none (issue 17).
 */
async function services() {
  const modules = await Promise.all([
    import('../../core/core.js'),
    import('../../core/letters/office-settings.js'),
    import('../../core/exchange/county-files.js'),
    import('../../core/exchange/county-statistics.js'),
    import('../../core/exchange/export-package.js'),
    import('../../core/exchange/import-package.js'),
    import('../../core/exchange/office-keys.js'),
    import('../../core/exchange/trust-list.js'),
    import('../../core/exchange/package-file.js'),
    import('../../core/documents/extract-pool.js'),
    import('../cli-actor.js'),
    import('../matter-ref.js'),
  ]);
  return Object.assign({}, ...modules) as UnionToIntersection<(typeof modules)[number]>;
}
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Opens the archive, acts as `--as`, checks the method's roles, runs, and closes everything. */
async function acting<T>(options: { data: string; as?: string }, method: Method, writes: boolean, run: (core: Core, actor: string) => Promise<T> | T): Promise<T> {
  const { openCore, cliActor, assertMayCall } = await services();
  const core = await openCore(options.data);
  try {
    const who = await cliActor(core, options, writes);
    closeStdin();
    try {
      assertMayCall(who.ctx, method);
      return await run(core, who.ctx.actor);
    } finally {
      who.done();
    }
  } finally {
    core.close();
  }
}

function printPreview(p: PackagePreview): void {
  console.log(`${p.kindZh}包「${p.title}」`);
  console.log(`  发件：${p.sender.name}（${OFFICE_KIND_ZH[p.sender.kind]}，代码 ${p.sender.code}）指纹 ${p.sender.fingerprint}`);
  console.log(`  收件：${p.receiver.name}（代码 ${p.receiver.code}）${p.encrypted ? '，已加密' : ''}`);
  console.log(`  制作：${p.createdBy}，${p.createdAt}；包编号 ${p.packageId}`);
  console.log(`  签名与 ${p.parts.length} 个文件的 SHA-256 校验通过`);
  for (const c of p.plan.changes) console.log(`  · ${c}`);
  for (const c of p.plan.conflicts) console.log(`  ! 冲突：${c.what}（本机：${c.local}；包内：${c.incoming}）`);
  if (p.plan.blocked) console.log(`  × ${p.plan.blocked}`);
}

function registerPackage(program: Command): void {
  const pkg = program.command('package').description('交换包：在不联网的单位之间收发审查事项（exchange packages）');
  pkg
    .command('export')
    .description('导出交换包（送审、协审、协审回复、意见书、反馈、统计上报）')
    .addOption(dataOption())
    .addOption(asOption())
    .argument('[matter]', '审查事项（编号或审查编号）；统计上报不需要')
    .requiredOption('--kind <kind>', '类型：送审|协审|协审回复|意见书|反馈|统计上报（或 submission|consult|consult-reply|letter|feedback|statistics）')
    .requiredOption('--to <office>', '收件单位代码（须已在信任列表中）')
    .requiredOption('--out <file>', '保存到的文件')
    .option('--from <date>', '统计上报：起始收件日期 YYYY-MM-DD')
    .option('--until <date>', '统计上报：截止收件日期 YYYY-MM-DD')
    .option('--plain', '不加密（默认用收件单位的公钥加密）')
    .option('--with-documents', '统计上报：同时附带期间内各事项的文件和意见书（默认不附带）')
    .action(async (matterRef: string | undefined, options: { data: string; as?: string; kind: string; to: string; out: string; from?: string; until?: string; plain?: boolean; withDocuments?: boolean }) => {
      const kind = parsePackageKind(options.kind);
      if (!kind) throw new AppError('input.invalid', `未知的交换包类型「${options.kind}」。`);
      const { resolveMatter, exportPackage } = await services();
      const result = await acting(options, 'exchange.package.export', true, (core, actor) => {
        const matterId = matterRef ? resolveMatter(core.db, matterRef).id : undefined;
        const period = options.from && options.until ? { from: options.from, to: options.until } : undefined;
        return exportPackage(core, actor, { kind, to: options.to, matterId, period, encrypt: !options.plain, includeDocuments: Boolean(options.withDocuments) });
      });
      writeFileSync(options.out, result.bytes);
      console.log(`已导出${PACKAGE_KIND_ZH[result.kind]}包：${options.out}（${(result.bytes.length / 1024).toFixed(0)} KB，${result.encrypted ? '已加密' : '未加密'}，收件 ${result.receiver.name}）`);
    });
  pkg
    .command('import')
    .description('导入交换包：校验签名、每个文件的哈希、格式版本和收件单位后，在一个事务中导入')
    .addOption(dataOption())
    .addOption(asOption())
    .argument('<file>', '交换包文件')
    .addOption(new Option('--on-conflict <choice>', '与本机修改冲突时：keep-local 保留本机修改，take-package 采用包内内容').choices(['keep-local', 'take-package']))
    .option('--dry-run', '只显示将要导入的内容，不写入')
    .action(async (file: string, options: { data: string; as?: string; onConflict?: 'keep-local' | 'take-package'; dryRun?: boolean }) => {
      const bytes = readFileSync(file);
      const { previewPackage, importPackage, stopExtractionWorker } = await services();
      if (options.dryRun) {
        await acting(options, 'exchange.package.preview', false, (core) => printPreview(previewPackage(core.db, bytes)));
        return;
      }
      // Documents are extracted in the worker thread; stop it so the command can exit.
      const outcome = await acting(options, 'exchange.package.import', true, (core, actor) => importPackage(core.db, actor, bytes, { onConflict: options.onConflict })).finally(
        () => stopExtractionWorker(),
      );
      printPreview(outcome.preview);
      console.log(outcome.imported ? '已导入。' : '该交换包此前已导入，本次未作任何改动。');
    });
  pkg
    .command('inspect')
    .description('查看交换包的内容；指定 --data 时按本机信任列表校验并预览将要导入的改动')
    .argument('<file>', '交换包文件')
    .option('--data <dir>', '数据目录（指定后完整校验）')
    .option('--as <login>', '以该账号操作')
    .option('--json', '以 JSON 输出')
    .action(async (file: string, options: { data?: string; as?: string; json?: boolean }) => {
      const bytes = readFileSync(file);
      const { previewPackage, describePackage } = await services();
      if (options.data) {
        const preview = await acting({ data: options.data, as: options.as }, 'exchange.package.preview', false, (core) => previewPackage(core.db, bytes));
        if (options.json) console.log(JSON.stringify(preview, null, 2));
        else printPreview(preview);
        return;
      }
      const d = describePackage(bytes);
      if (options.json) {
        console.log(JSON.stringify(d, null, 2));
        return;
      }
      if (d.sealed) {
        console.log(`加密交换包：发件 ${d.sender.name}（${d.sender.code}，指纹 ${d.sender.fingerprint}），收件 ${d.receiver.code}；只有收件单位能打开（用 --data 指定其数据目录）。`);
        return;
      }
      const m = d.manifest;
      console.log(`${PACKAGE_KIND_ZH[m.kind]}包「${m.title}」：发件 ${m.sender.name}（${m.sender.code}，指纹 ${m.sender.fingerprint}），收件 ${m.receiver.name}（${m.receiver.code}），${m.createdAt}`);
      for (const p of m.parts) console.log(`  ${p.path}  ${p.size} 字节  SHA-256 ${p.sha256}`);
      console.log('（未指定 --data：签名未按信任列表核验）');
    });
}

function registerOffice(program: Command): void {
  const office = program.command('office').description('本单位身份、密钥和信任列表（office identity and trust）');
  office
    .command('init')
    .description('设置本单位身份并生成密钥（每个数据目录一次；新装的工作台在首次设置时已生成）')
    .addOption(dataOption())
    .addOption(asOption())
    .option('--name <name>', '单位名称（默认取单位设置中的名称）')
    .option('--code <code>', '单位代码（字母、数字、点、横线、下划线；默认取发文机关代字）')
    .option('--kind <kind>', '类型：县司法局|司法所|法律顾问|单位', '司法所')
    .action(async (options: { data: string; as?: string; name?: string; code?: string; kind: string }) => {
      const kind = parseOfficeKind(options.kind);
      if (!kind) throw new AppError('input.invalid', `未知的单位类型「${options.kind}」，应为 县司法局、司法所、法律顾问 或 单位。`);
      const { readOfficeSettings, setUpOffice } = await services();
      const identity = await acting(options, 'exchange.office.setup', true, (core, actor) => {
        const office = readOfficeSettings(core.db);
        const name = options.name ?? office.officeName;
        if (!name) throw new AppError('input.invalid', '请用 --name 指定单位名称（单位设置中也还没有名称）。');
        return setUpOffice(core.db, actor, { name, code: options.code ?? suggestOfficeCode(office.numberPrefix), kind });
      });
      console.log(`已设置：${identity.name}（${OFFICE_KIND_ZH[identity.kind]}，代码 ${identity.code}）\n密钥指纹：${identity.fingerprint}`);
    });
  office
    .command('show')
    .description('显示本单位身份、密钥指纹和信任列表')
    .addOption(dataOption())
    .option('--json', '以 JSON 输出')
    .action(async (options: { data: string; json?: boolean }) => {
      const { openCore, findOfficeIdentity, listTrusted } = await services();
      const core = await openCore(options.data);
      try {
        const identity = findOfficeIdentity(core.db);
        const trusted = listTrusted(core.db);
        if (options.json) {
          console.log(JSON.stringify({ identity, trusted }, null, 2));
          return;
        }
        if (!identity) console.log('本机尚未设置单位身份：review-desk office init --name … --code … --kind …');
        else console.log(`${identity.name}（${OFFICE_KIND_ZH[identity.kind]}，代码 ${identity.code}）\n密钥指纹：${identity.fingerprint}`);
        console.log(`信任的单位（${trusted.filter((t) => !t.withdrawnAt).length}）：`);
        for (const t of trusted) {
          const state = t.withdrawnAt ? `已于 ${t.withdrawnAt.slice(0, 10)} 撤销` : t.validUntil ? `有效至 ${t.validUntil}` : '有效';
          console.log(`  ${t.code}  ${t.name}（${OFFICE_KIND_ZH[t.kind]}）  ${t.fingerprint}  ${state}`);
        }
      } finally {
        core.close();
      }
    });
  office
    .command('export-key')
    .description('导出本单位公钥文件，交给对方导入')
    .addOption(dataOption())
    .requiredOption('--out <file>', '保存到的文件')
    .action(async (options: { data: string; out: string }) => {
      const { openCore, exportKeyFile, findOfficeIdentity } = await services();
      const core = await openCore(options.data);
      try {
        const key = exportKeyFile(core.db);
        writeFileSync(options.out, key.json);
        console.log(`已导出公钥：${options.out}\n请电话告知对方本单位的密钥指纹：${findOfficeIdentity(core.db)!.fingerprint}`);
      } finally {
        core.close();
      }
    });
  office
    .command('trust')
    .description('信任另一单位（导入其公钥文件并核对指纹），或撤销信任')
    .addOption(dataOption())
    .addOption(asOption())
    .argument('[keyfile]', '对方的公钥文件')
    .option('--fingerprint <fp>', '电话核对过的对方密钥指纹（不填则只显示指纹）')
    .option('--until <date>', '信任有效期至 YYYY-MM-DD')
    .option('--withdraw <code>', '撤销对该单位代码的信任')
    .option('--reason <text>', '撤销原因')
    .action(async (keyfile: string | undefined, options: { data: string; as?: string; fingerprint?: string; until?: string; withdraw?: string; reason?: string }) => {
      const { withdrawTrust, readKeyFile, trustOffice } = await services();
      if (options.withdraw) {
        const t = await acting(options, 'exchange.trust.withdraw', true, (core, actor) => withdrawTrust(core.db, actor, options.withdraw!, options.reason ?? null));
        console.log(`已撤销对「${t.name}」（${t.code}）的信任。`);
        return;
      }
      if (!keyfile) throw new AppError('input.invalid', '请指定对方的公钥文件，或用 --withdraw 单位代码 撤销信任。');
      const text = readFileSync(keyfile, 'utf8');
      if (!options.fingerprint) {
        const key = readKeyFile(text);
        console.log(`「${key.name}」（${OFFICE_KIND_ZH[key.kind]}，代码 ${key.code}）的密钥指纹：\n  ${key.fingerprint}\n请与对方电话核对后，加 --fingerprint ${key.fingerprint} 再运行一次以确认信任。`);
        process.exitCode = 1;
        return;
      }
      const t = await acting(options, 'exchange.trust.add', true, (core, actor) => trustOffice(core.db, actor, { keyFile: text, confirmFingerprint: options.fingerprint!, validUntil: options.until ?? null }));
      console.log(`已信任「${t.name}」（${OFFICE_KIND_ZH[t.kind]}，代码 ${t.code}），指纹 ${t.fingerprint}${t.validUntil ? `，有效至 ${t.validUntil}` : ''}。`);
    });
  office
    .command('county-stats')
    .description('县司法局：汇总收到的各司法所统计上报')
    .addOption(dataOption())
    .requiredOption('--from <date>', '统计期间起')
    .requiredOption('--until <date>', '统计期间止')
    .option('--json', '以 JSON 输出')
    .option('--files-out <dir>', '把各单位上报时附带的文件和意见书保存到该文件夹（按单位代码分子文件夹）')
    .action(async (options: { data: string; from: string; until: string; json?: boolean; filesOut?: string }) => {
      const { openCore, countyStatistics, listReportFiles, readReportFile } = await services();
      const core = await openCore(options.data);
      try {
        const s = countyStatistics(core.db, { from: options.from, to: options.until });
        if (options.filesOut) {
          for (const o of s.offices) {
            const dir = join(options.filesOut, o.code.replace(/[\\/:*?"<>|]/g, '_'));
            mkdirSync(dir, { recursive: true });
            for (const f of listReportFiles(core.db, o.packageId)) {
              const file = readReportFile(core.db, f.id);
              writeFileSync(join(dir, file.fileName), file.bytes);
            }
          }
        }
        if (options.json) {
          console.log(JSON.stringify(s, null, 2));
          return;
        }
        for (const o of s.offices) console.log(`${o.name}（${o.code}）：审查 ${o.total} 件，意见 ${o.opinions} 条，采纳 ${o.adopted}，部分采纳 ${o.partlyAdopted}，未采纳 ${o.notAdopted}${o.files > 0 ? `，附带文件 ${o.files} 份` : ''}`);
        console.log(`合计：审查 ${s.totals.total} 件，意见 ${s.totals.opinions} 条，采纳 ${s.totals.adopted}，部分采纳 ${s.totals.partlyAdopted}，未采纳 ${s.totals.notAdopted}`);
      } finally {
        core.close();
      }
    });
}

/** `review-desk package …` and `review-desk office …`. */
export function registerExchange(program: Command): void {
  registerPackage(program);
  registerOffice(program);
}
