/**
 * Benchmark of the pre-check engine (issue 13): 50-, 100- and 1000-page documents (500 characters a
 * page), built from the synthetic clauses below and, separately, from the real documents of the rules
 * corpus' dev part repeated to length. Prints medians and the ratios 100/50 (linear: 2) and 1000/100
 * (linear: 10), measured in the same run.
 */
import { runChecks } from '../../main/core/rules/index.js';
import type { TextBlock } from '../../shared/domain/document-text.js';
import { loadSplit } from '../core/rules/corpus.js';

const PARAGRAPHS = [
  '第一条 为加强农村人居环境整治，根据有关法律法规，结合本县实际，制定本办法。',
  '甲方将位于本村工业区的集体厂房一幢出租给乙方，建筑面积1200平方米，租赁期限为十年，自2024年1月1日起至2033年12月31日止。',
  '年租金为人民币壹拾贰万元整（¥120,000元），乙方应于每年1月31日前支付；逾期支付的，每逾期一日按应付租金的万分之五支付违约金。',
  '本合同履行中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。',
  '村民应当爱护公共设施，自觉维护村容村貌，乱倒垃圾的，由村民委员会进行批评教育，责令限期清理。',
  '从事餐饮经营的，应当依法取得食品经营许可证，并接受市场监督管理部门的监督检查。',
  '应到村民代表35人，实到30人，经表决，同意28人，反对1人，弃权1人。',
  '各部门不得限定或者变相限定经营、购买、使用特定经营者提供的商品和服务。',
];

function syntheticDocument(chars: number): TextBlock[] {
  const blocks: TextBlock[] = [{ index: 0, kind: 'heading', text: '某县集体资产租赁管理办法' }];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const text = PARAGRAPHS[i % PARAGRAPHS.length] as string;
    blocks.push({ index: blocks.length, kind: 'paragraph', text });
    total += text.length;
  }
  return blocks;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/**
 * Wall-clock and CPU medians: on a shared, busy machine the wall clock mostly measures waiting for a
 * core, so the CPU time of this process is printed beside it.
 */
function time(blocks: TextBlock[], runs: number): { medianMs: number; cpuMs: number; findings: number } {
  let findings = 0;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    findings = runChecks({ blocks, type: 'contract' }).length + runChecks({ blocks, type: 'normative' }).length;
    const c = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { medianMs: median(times), cpuMs: median(cpu), findings };
}

const PAGE = 500;

/** Real text: the dev part's documents (as the app extracts them) one after another, repeated to length. */
function realDocument(source: TextBlock[], chars: number): TextBlock[] {
  const blocks: TextBlock[] = [];
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const b = source[i % source.length] as TextBlock;
    blocks.push({ ...b, index: blocks.length });
    total += b.text.length;
  }
  return blocks;
}

function sizes(make: (chars: number) => TextBlock[]) {
  const p50 = make(50 * PAGE);
  const p100 = make(100 * PAGE);
  const p1000 = make(1000 * PAGE);
  time(p100, 3); // warm-up (JIT)
  const a = time(p50, 15);
  const b = time(p100, 15);
  const c = time(p1000, 5);
  const fig = (blocks: TextBlock[], t: ReturnType<typeof time>) => ({
    chars: blocks.reduce((n, x) => n + x.text.length, 0),
    medianMs: Math.round(t.medianMs),
    cpuMs: Math.round(t.cpuMs),
    findings: t.findings,
  });
  return {
    pages50: fig(p50, a),
    pages100: fig(p100, b),
    pages1000: fig(p1000, c),
    ratio100to50: Number((b.medianMs / a.medianMs).toFixed(2)),
    cpuRatio100to50: Number((b.cpuMs / a.cpuMs).toFixed(2)),
    ratio1000to100: Number((c.medianMs / b.medianMs).toFixed(2)),
    cpuRatio1000to100: Number((c.cpuMs / b.cpuMs).toFixed(2)),
  };
}

export async function benchRules(): Promise<object> {
  const dev = (await loadSplit('dev')).flatMap((d) => d.blocks);
  return {
    name: 'pre-check rules (contract + normative rule sets per run), 500 characters a page',
    expected: { ratio100to50: 2, ratio1000to100: 10, pages100MedianMsAtMost: 150 },
    synthetic: sizes(syntheticDocument),
    realText: sizes((chars) => realDocument(dev, chars)),
  };
}
