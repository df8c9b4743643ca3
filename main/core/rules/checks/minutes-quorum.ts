import { VILLAGE_TYPES } from './helpers.js';
import { BASIS } from '../basis.js';
import { parseCount } from '../text/cn-numerals.js';
import type { TextUnit } from '../text/units.js';
import type { CheckContext, Rule, UnitHit } from '../types.js';

const NUM = '[\\d零〇一二两三四五六七八九十百]+';
const GAP = '[^\\d零〇一二两三四五六七八九十百。;\\n]{0,10}?';
const DUE_RE = new RegExp(`应(到|出席|参会)${GAP}(${NUM})\\s*(人|名|户|位)`);
const PRESENT_RE = new RegExp(`(实到|实际到会|实际出席|实际参会|出席会议|到会)${GAP}(${NUM})\\s*(人|名|户|位)`);
const AGREE_RE = new RegExp(`(同意|赞成)${GAP}(${NUM})\\s*(人|票|名|户|位)`);
const SPECIAL_RE = /土地承包方案|承包方案|发包给[^。;\n]{0,12}以外|调整承包地|集体经营性建设用地/;

type Meeting = 'member-rep' | 'member' | 'rep' | 'group' | 'villagers';
const MEETING_ZH: Record<Meeting, string> = {
  'member-rep': '集体经济组织成员代表大会',
  member: '集体经济组织成员大会',
  rep: '村民代表会议',
  group: '村民小组会议',
  villagers: '村民会议',
};

function meetingOf(text: string): Meeting | null {
  if (/成员代表大会/.test(text)) return 'member-rep';
  if (/成员大会/.test(text)) return 'member';
  if (/村民代表会议|村民代表大会|居民代表会议/.test(text)) return 'rep';
  if (/村民小组会议/.test(text)) return 'group';
  if (/村民会议|村民大会|居民会议/.test(text)) return 'villagers';
  return null;
}

interface Count {
  unit: TextUnit;
  start: number;
  end: number;
  n: number;
  per: string;
}

function find(re: RegExp, units: TextUnit[]): Count | null {
  for (const unit of units) {
    const m = re.exec(unit.text);
    if (!m) continue;
    const n = parseCount(m[2] as string);
    if (n !== null) return { unit, start: m.index, end: m.index + m[0].length, n, per: m[3] as string };
  }
  return null;
}

function span(a: Count, b: Count): UnitHit {
  if (a.unit === b.unit) return { unit: a.unit, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  return { unit: b.unit, start: b.start, end: b.end };
}

function checkMeeting(ctx: CheckContext, i: number, meeting: Meeting, special: boolean): UnitHit[] {
  const window = ctx.units.slice(i, i + 6) as TextUnit[];
  const due = find(DUE_RE, window);
  const present = find(PRESENT_RE, window);
  if (!due || !present || present.n > due.n || due.n === 0) return [];
  const agree = find(AGREE_RE, window);
  const name = MEETING_ZH[meeting];
  const hits: UnitHit[] = [];
  const { n: N } = due;
  const { n: M } = present;
  const households = due.per === '户';
  const quorumOk =
    meeting === 'member-rep' ? true : meeting === 'villagers' && !households ? M * 2 > N : M * 3 >= N * 2;
  if (!quorumOk) {
    const need = meeting === 'villagers' && !households ? '过半数' : '三分之二以上';
    hits.push({ ...span(due, present), message: `${name}应到${N}${due.per}、实到${M}${present.per}，未达到${need}出席的法定要求，会议决定的效力存疑` });
  }
  if (!agree || agree.n > M) return hits;
  const A = agree.n;
  if (meeting === 'member' || meeting === 'member-rep') {
    if (A * 3 < N * 2) {
      hits.push({ ...span(agree, agree), message: `${name}同意${A}${agree.per}，未达到全体${meeting === 'member' ? '成员' : '成员代表'}（${N}）的三分之二以上` });
    }
  } else if (A * 2 <= M) {
    hits.push({ ...span(agree, agree), message: `${name}实到${M}${present.per}、同意${A}${agree.per}，未达到到会人员过半数` });
  } else if (special && A * 3 < N * 2) {
    hits.push({
      ...span(agree, agree),
      severity: 'should',
      message: `事项涉及土地承包方案、对外发包、调整承包地或集体经营性建设用地，需经三分之二以上成员（代表）同意；同意${A}${agree.per}，应到${N}${due.per}，请核实`,
    });
  }
  return hits;
}

export const minutesVoteQuorum: Rule = {
  id: 'minutes.vote-quorum',
  excerpt: 'match',
  ref: 'P-VOTE-QUORUM',
  title: '会议出席或表决人数不足',
  types: [...VILLAGE_TYPES, 'decision'],
  severity: 'must',
  message: '会议出席人数或同意人数未达到法定比例',
  basis: BASIS.quorum,
  suggestion: '建议核实会议出席和表决情况；未达到法定人数或比例的，应依法重新召开会议表决。',
  check(ctx) {
    const meeting = meetingOf(ctx.fullText);
    if (!meeting) return [];
    const special = SPECIAL_RE.test(ctx.fullText);
    const hits: UnitHit[] = [];
    for (let i = 0; i < ctx.units.length; i++) {
      if (DUE_RE.test((ctx.units[i] as TextUnit).text)) hits.push(...checkMeeting(ctx, i, meeting, special));
    }
    return hits;
  },
};
