import type { Core } from '../../../main/core/core.js';
import { createMatter } from '../../../main/core/matters/matter-service.js';
import { addOpinion } from '../../../main/core/review/opinion-service.js';
import { concludeReview, ensureReview } from '../../../main/core/review/review-service.js';
import { recordFeedback } from '../../../main/core/workflow/feedback-service.js';
import { moveMatterStatus } from '../../../main/core/workflow/status-service.js';
import { CreateMatterInput } from '../../../shared/contract/matters.js';
import { RecordFeedbackInput } from '../../../shared/contract/workflow.js';
import {
  MATTER_TYPES,
  type MatterStatus,
  type MatterType,
  REVIEW_RESULTS,
  type ReviewResult,
  SEVERITIES,
  type Severity,
} from '../../../shared/domain/matter.js';

/**
 * A reproducible data set made through the real services (registration, status moves, review,
 * opinions, feedback). Every fact the services were given is kept in the returned model, so tests can
 * count the figures independently with plain loops.
 */

/** mulberry32: a small seeded PRNG, so every run makes the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const UNITS = ['东风村民委员会', '红星村民委员会', '新华社区居委会', '县农业农村局', '县教育局', '县自然资源局', '镇人民政府', '县住建局'];
export const TOWNSHIPS = ['红花镇', '柳林镇', '城关街道', '白马乡'];
export const REVIEWERS = ['张明', '李芳', '王强'];

export type Adoption = 'adopted' | 'partly-adopted' | 'not-adopted' | null;

export interface SeedMatter {
  id: number;
  serial: string;
  type: MatterType;
  title: string;
  unit: string;
  township: string | null;
  receivedOn: string;
  reviewerId: number;
  reviewerName: string;
  moves: { to: MatterStatus; on: string }[];
  status: MatterStatus;
  result: ReviewResult | null;
  opinions: { severity: Severity; adoption: Adoption }[];
}

const day = (iso: string, add: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + add * 86_400_000).toISOString().slice(0, 10);

export interface SeedOptions {
  count: number;
  seed: number;
  /** Received dates are spread from this day over `spanDays`. */
  start: string;
  spanDays: number;
  /** Skip the review and opinions (fast, for very large sets). */
  light?: boolean;
}

export function addUsers(core: Core): number[] {
  const insert = core.db.prepare(
    "INSERT OR IGNORE INTO users (login, display_name, role, created_at) VALUES (?, ?, 'reviewer', '2024-01-01T00:00:00Z')",
  );
  const find = core.db.prepare('SELECT id FROM users WHERE login = ?');
  const role = core.db.prepare("INSERT OR IGNORE INTO user_roles (user_id, role) VALUES (?, 'reviewer')");
  return REVIEWERS.map((name, i) => {
    insert.run(`reviewer${i + 1}`, name);
    const id = (find.get(`reviewer${i + 1}`) as { id: number }).id;
    role.run(id);
    return id;
  });
}

export function seedDataset(core: Core, options: SeedOptions): SeedMatter[] {
  const rand = prng(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const userIds = addUsers(core);
  const out: SeedMatter[] = [];
  for (let i = 0; i < options.count; i++) {
    const type = pick(MATTER_TYPES);
    const receivedOn = day(options.start, int(0, options.spanDays - 1));
    const township = rand() < 0.15 ? null : pick(TOWNSHIPS);
    const reviewer = int(0, REVIEWERS.length - 1);
    const title = `${pick(['关于', '某村', '县'])}${pick(['土地承包', '村规民约', '集体资产', '采购', '租赁', '征收补偿', '招商引资'])}${pick(['合同', '方案', '办法', '协议', '决定'])}（第${i + 1}号）`;
    const unit = pick(UNITS);
    const matter = createMatter(
      core.db,
      'clerk',
      CreateMatterInput.parse({ type, title, submittingUnit: unit, township, receivedOn, reviewerId: userIds[reviewer] }),
    );
    const seed: SeedMatter = {
      id: matter.id,
      serial: matter.serial,
      type,
      title,
      unit,
      township,
      receivedOn,
      reviewerId: userIds[reviewer]!,
      reviewerName: REVIEWERS[reviewer]!,
      moves: [],
      status: 'registered',
      result: null,
      opinions: [],
    };
    let cursor = receivedOn;
    const move = (to: MatterStatus, reason: string | null = null) => {
      cursor = day(cursor, int(0, 5));
      moveMatterStatus(core.db, seed.reviewerName, { matterId: matter.id, to, effectiveOn: cursor, reason });
      seed.moves.push({ to, on: cursor });
      seed.status = to;
    };
    const r = rand();
    if (r < 0.08) {
      out.push(seed);
      continue;
    }
    if (r < 0.13) {
      move('withdrawn', '送审单位撤回');
      out.push(seed);
      continue;
    }
    if (rand() < 0.3) {
      move('returned', '材料不全，请补正');
      if (r < 0.2) {
        out.push(seed);
        continue;
      }
      move(rand() < 0.5 ? 'registered' : 'in-review');
    }
    if (seed.status !== 'in-review') move('in-review');
    if (!options.light) {
      ensureReview(core, seed.reviewerName, matter.id);
      for (let k = int(0, 5); k > 0; k--) {
        const severity = pick(SEVERITIES);
        addOpinion(core.db, seed.reviewerName, matter.id, {
          text: `第${k}条应当修改。`,
          severity,
          basis: null,
          basisId: null,
          checklistItemId: null,
          anchor: null,
        });
        seed.opinions.push({ severity, adoption: null });
      }
    }
    if (r < 0.3) {
      out.push(seed);
      continue;
    }
    const result = pick(REVIEW_RESULTS);
    if (!options.light) concludeReview(core.db, seed.reviewerName, { matterId: matter.id, result, summary: null });
    else core.db.prepare('UPDATE matters SET result = ? WHERE id = ?').run(result, matter.id);
    seed.result = result;
    move('awaiting-signoff');
    if (r < 0.38) {
      out.push(seed);
      continue;
    }
    move('opinion-issued');
    if (r < 0.5) {
      out.push(seed);
      continue;
    }
    move('awaiting-feedback');
    if (seed.opinions.length > 0 && rand() < 0.8) {
      const adoptions = seed.opinions.map((o, idx) => ({ o, idx, adoption: pick([...['adopted', 'partly-adopted', 'not-adopted'] as const, null]) }));
      const ids = core.db.prepare('SELECT id FROM opinions WHERE matter_id = ? ORDER BY position').all(matter.id) as { id: number }[];
      recordFeedback(
        core.db,
        seed.reviewerName,
        RecordFeedbackInput.parse({
          matterId: matter.id,
          receivedOn: cursor,
          reply: '已收到审查意见并研究修改。',
          adoptions: adoptions
            .filter((a) => a.adoption !== null)
            .map((a) => ({ opinionId: ids[a.idx]!.id, adoption: a.adoption, reason: a.adoption === 'adopted' ? null : '与实际情况不符' })),
        }),
      );
      for (const a of adoptions) a.o.adoption = a.adoption;
    }
    if (r < 0.7) {
      out.push(seed);
      continue;
    }
    move('closed');
    out.push(seed);
  }
  return out;
}
