/**
 * Round seventeen, issue 13: the kinds of sanction and power a text can set — and a statute's article can carry —
 * as bits, so a notice's clause and the article it cites can be compared (statute-linked.ts). One definition used
 * twice: by the generator that reads the shipped statute library (main/cli/maintenance/build-statute-sanctions.ts)
 * and by the rules reading a clause's trigger word. Pure code, no Node APIs.
 */

/** The classes. A statute article "carries" a class when its text names the sanction. */
export const SANCTION = {
  /** 罚款 (行政处罚法第9条第2项). */
  fine: 1,
  /** 没收违法所得、没收非法财物. */
  confiscate: 2,
  /** 暂扣许可证件、降低资质等级、吊销许可证件. */
  revoke: 4,
  /** 警告、通报批评. */
  warn: 8,
  /** 限制开展生产经营活动、责令停产停业、责令关闭、限制从业. */
  stop: 16,
  /** 行政拘留 (and the other restrictions of liberty only a law sets, 立法法第11条). */
  detention: 32,
  /** 行政强制: 查封、扣押、冻结、强制拆除、代履行… (行政强制法第9、12条). */
  coercion: 64,
  /** 行政许可: 许可证、审批、批准、核准… (行政许可法第12条). */
  license: 128,
  /** Quarantine and isolation (传染病防治法第39–43条). */
  quarantine: 256,
} as const;

export type SanctionClass = keyof typeof SANCTION;

/** What a statute article's text names, class by class. */
const CARRIES: [number, RegExp][] = [
  [SANCTION.fine, /罚款/],
  [SANCTION.confiscate, /没收/],
  [SANCTION.revoke, /吊销|暂扣[^。；;]{0,10}(许可证|执照|证照|证件|证书)|降低[^。；;]{0,6}资质等级/],
  [SANCTION.warn, /警告|通报批评/],
  [SANCTION.stop, /停产停业|停业整顿|责令停业|责令关闭|限制开展生产经营活动|限制从业/],
  [SANCTION.detention, /拘留/],
  [SANCTION.coercion, /查封|扣押|扣留|冻结|强制|拆除|代履行|代为|封存|划拨|拍卖|变卖|收缴|滞纳金|加处罚款/],
  [SANCTION.license, /许可|审批|批准|核准|执照|资质|资格证/],
  [SANCTION.quarantine, /隔离|医学观察|封锁|封闭/],
];

/** The classes a statute's text carries, as bits. */
export function carriedClasses(text: string): number {
  let mask = 0;
  for (const [bit, re] of CARRIES) if (re.test(text)) mask |= bit;
  return mask;
}

/** Every class a penalty belongs to ("给予行政处罚", "依法处罚" name no kind). */
export const ANY_PENALTY = SANCTION.fine | SANCTION.confiscate | SANCTION.revoke | SANCTION.warn | SANCTION.stop | SANCTION.detention;

/**
 * The class of a penalty trigger of rules.sets-fine ("罚款", "处以500元罚款", "没收", "吊销", "警告"…): the one kind it
 * names; a word naming none ("给予…行政处罚") belongs to every penalty kind.
 */
export function penaltyClass(trigger: string): number {
  if (/罚|元|罰/.test(trigger) && !/处罚$|行政处罚/.test(trigger)) return SANCTION.fine;
  if (/没收|沒收|充公|收缴/.test(trigger)) return SANCTION.confiscate;
  if (/吊销|暂扣|资质等级/.test(trigger)) return SANCTION.revoke;
  if (/警告|通报批评/.test(trigger)) return SANCTION.warn;
  if (/停产|停业|关闭|生产经营活动|从业|从事/.test(trigger)) return SANCTION.stop;
  if (/拘留/.test(trigger)) return SANCTION.detention;
  return /元/.test(trigger) ? SANCTION.fine : ANY_PENALTY;
}

/** The class of a rules.restricts-liberty trigger: detention, quarantine, or another restriction of liberty. */
export function libertyClass(trigger: string): number {
  // Isolation and confinement alike (隔离, 封村, 不得外出, 扣留人员) are what the quarantine law lets the government
  // order; detention is a penalty.
  return /拘留/.test(trigger) ? SANCTION.detention : SANCTION.quarantine;
}
