import type { Command } from 'commander';
import type { ArticleView } from '../../../shared/contract/statutes.js';
import { AppError } from '../../core/errors.js';
import type { Progress } from '../../core/statutes/merge-snapshot.js';
import { dataOption } from '../data-option.js';
import { asOption, closeStdin } from '../acting-account.js';
import { plainSnippet } from '../plain-snippet.js';

// The statute store (SQLite), the law services and the archive are loaded when a subcommand runs (issue 17).
const statuteStore = () => import('../../core/statutes/statute-store.js');
// So are the input schemas (zod): `law --help` loads none of them.
const contract = () => import('../../../shared/contract/statutes.js');
const lawService = () => import('../../core/statutes/law-service.js');
const todayInChina = async () => (await import('../../core/letters/letter-service.js')).todayInChina();

/** A one-line progress bar on stderr (the first run builds the statute store, about 10 s). */
function progressBar(label: string): Progress {
  let last = -1;
  return (done, total) => {
    if (!process.stderr.isTTY) return;
    const pct = Math.floor((done / Math.max(total, 1)) * 100);
    if (pct === last) return;
    last = pct;
    const bar = '#'.repeat(Math.floor(pct / 4)).padEnd(25, '.');
    process.stderr.write(`\r${label} [${bar}] ${pct}%${pct === 100 ? '\n' : ''}`);
  };
}

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('input.invalid', parsed.error.issues.map((i) => i.message).join('；'));
  return parsed.data;
}

function printArticle(a: ArticleView, VERSION_STATUS_ZH: Record<ArticleView['status'], string>): void {
  console.log(`${a.citation}（${a.versionDate}版，${a.effective ? `${a.effective}起施行，` : ''}${VERSION_STATUS_ZH[a.status]}）`);
  if (a.chapter) console.log(a.chapter);
  console.log(`${a.label}\u3000${a.text}`);
  if (a.part && a.part !== a.text) console.log(`\n所引部分：${a.part}`);
  if (a.notHeld) {
    console.log(`\n注意：该法已于 ${a.notHeld.publish} 修改（${a.notHeld.effective} 起施行），法规库尚未收录新文本；以上为旧版本，条号可能已变化。`);
  }
}

export function registerLaw(program: Command): void {
  const law = program.command('law').description('法规库：查看条文、检索、导入新快照（statute library）');
  law
    .command('show')
    .description('显示某日施行的版本中的条文（默认今天）')
    .addOption(dataOption())
    .argument('<name>', '法规名称，如 行政许可法、中华人民共和国民法典')
    .argument('<article>', '条号，如 17、第十七条、第十七条之一、第10条第4款')
    .option('--date <YYYY-MM-DD>', '施行日期（默认今天）')
    .option('--json', '以 JSON 输出')
    .action(async (name: string, article: string, options: { data: string; date?: string; json?: boolean }) => {
      const { LawShowInput, VERSION_STATUS_ZH } = await contract();
      const input = parse(LawShowInput, { law: name, article, date: options.date });
      const db = (await statuteStore()).statuteDb(options.data, { progress: progressBar('首次使用，正在建立法规库') });
      const view = (await lawService()).lawShow(db, input, await todayInChina());
      if (options.json) console.log(JSON.stringify(view, null, 2));
      else printArticle(view, VERSION_STATUS_ZH);
    });
  law
    .command('search')
    .description('按法规名称和条文文字检索（一两个字也可）')
    .addOption(dataOption())
    .argument('<query>', '检索词')
    .option('--limit <n>', '最多显示条文数', '50')
    .option('--json', '以 JSON 输出')
    .action(async (query: string, options: { data: string; limit: string; json?: boolean }) => {
      const { LawSearchInput } = await contract();
      const input = parse(LawSearchInput, { query, limit: Number(options.limit) });
      const db = (await statuteStore()).statuteDb(options.data, { progress: progressBar('首次使用，正在建立法规库') });
      const result = (await lawService()).lawSearch(db, input);
      if (options.json) {
        console.log(JSON.stringify(result, null, 2));
        return;
      }
      if (result.laws.length > 0) {
        console.log(`法规（${result.laws.length}）：`);
        for (const l of result.laws) console.log(`  ${l.title}〔${l.level}${l.status === 'repealed' ? '，已废止' : ''}〕`);
      }
      console.log(result.articles.length > 0 ? `条文（显示 ${result.articles.length} 条）：` : '没有条文包含该检索词。');
      for (const a of result.articles) console.log(`  《${a.title}》${a.label}：${plainSnippet(a.snippet)}`);
    });
  law
    .command('import')
    .description('导入较新的法规快照（LawRefBook/Laws 格式的文件夹或 ZIP），并列出受影响的意见、要点和依据')
    .addOption(dataOption())
    .argument('<path>', '快照文件夹或 ZIP')
    .option('--json', '以 JSON 输出')
    .addOption(asOption())
    .action(async (location: string, options: { data: string; json?: boolean; as?: string }) => {
      const [{ openCore }, { assertMayCall, cliActor }, { listAlerts }, { importStatutes }, { listSnapshots, statuteDb }] = await Promise.all([
        import('../../core/core.js'),
        import('../cli-actor.js'),
        import('../../core/statutes/alert-service.js'),
        import('../../core/statutes/import-service.js'),
        statuteStore(),
      ]);
      const core = await openCore(options.data);
      try {
        // Importing writes alerts into the archive: it is done as a named account once accounts exist.
        const acting = await cliActor(core, options, true);
        closeStdin();
        acting.done();
        assertMayCall(acting.ctx, 'law.import');
        const db = statuteDb(core.dataDir, { progress: progressBar('首次使用，正在建立法规库') });
        const result = importStatutes(core, acting.ctx.actor, location, progressBar('正在导入'));
        const { alerts } = listAlerts(core.db, false);
        if (options.json) {
          console.log(JSON.stringify({ ...result, snapshots: listSnapshots(db), alerts }, null, 2));
          return;
        }
        console.log(`新增版本 ${result.added}，更正 ${result.replaced}，未变 ${result.unchanged}；条文变化 ${result.changedArticles} 条，新提醒 ${result.alerts} 条。`);
        for (const a of alerts) {
          const letters = a.letterNumbers.length > 0 ? `；已出具意见书：${a.letterNumbers.join('、')}` : '';
          console.log(`  [${a.target}] ${a.targetLabel} —— ${a.law}${a.articleLabel}（${a.change}）${letters}`);
        }
      } finally {
        core.close();
      }
    });
}
