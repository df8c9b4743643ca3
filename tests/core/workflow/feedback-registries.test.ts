import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMatter } from '../../../main/core/matters/matter-service.js';
import { addOpinion } from '../../../main/core/review/opinion-service.js';
import { ensureReview } from '../../../main/core/review/review-service.js';
import { createDecision, listDecisions, setDecisionStep } from '../../../main/core/workflow/decision-catalogue.js';
import { listFeedback, recordFeedback, setOpinionAdoption } from '../../../main/core/workflow/feedback-service.js';
import { addMonths, createNormative, listNormative, updateNormative } from '../../../main/core/workflow/normative-registry.js';
import { CreateMatterInput } from '../../../shared/contract/matters.js';
import {
  AdoptionInput,
  DecisionFields,
  DecisionStepInput,
  NormativeFields,
  NormativeListInput,
  RecordFeedbackInput,
} from '../../../shared/contract/workflow.js';
import { tableCounts, tempCore } from '../../support/core.js';

let env: Awaited<ReturnType<typeof tempCore>>;
beforeEach(async () => {
  env = await tempCore();
});
afterEach(() => env.dispose());

function matterWithOpinions(n: number) {
  const m = createMatter(env.core.db, 'clerk', CreateMatterInput.parse({ type: 'village.contract', title: '土地承包合同', submittingUnit: '东风村', receivedOn: '2024-05-06' }));
  ensureReview(env.core, 'r', m.id);
  const ops = Array.from({ length: n }, (_, i) =>
    addOpinion(env.core.db, 'r', m.id, { text: `意见${i + 1}`, severity: i % 2 ? 'should' : 'must', basis: null, basisId: null, checklistItemId: null, anchor: null }).opinion,
  );
  return { matter: m, opinions: ops };
}

describe('feedback and adoption', () => {
  it('records the reply with per-opinion adoption in one transaction', () => {
    const { matter, opinions } = matterWithOpinions(3);
    const fb = recordFeedback(
      env.core.db,
      'r',
      RecordFeedbackInput.parse({
        matterId: matter.id,
        receivedOn: '2024-05-20',
        reply: '已按意见修改第三条、第五条。',
        adoptions: [
          { opinionId: opinions[0]!.id, adoption: 'adopted' },
          { opinionId: opinions[1]!.id, adoption: 'partly-adopted', reason: '租期改为十年，未改付款方式' },
        ],
      }),
    );
    expect(fb).toMatchObject({ matterId: matter.id, receivedOn: '2024-05-20', reply: '已按意见修改第三条、第五条。', createdBy: 'r' });
    const listed = listFeedback(env.core.db, matter.id);
    expect(listed.items).toEqual([fb]);
    expect(listed.opinions.map((o) => [o.adoption, o.adoptionReason])).toEqual([
      ['adopted', null],
      ['partly-adopted', '租期改为十年，未改付款方式'],
      [null, null],
    ]);
    const changed = setOpinionAdoption(env.core.db, 'r', AdoptionInput.parse({ opinionId: opinions[2]!.id, adoption: 'not-adopted', reason: '单位认为无需修改' }));
    expect(changed.adoption).toBe('not-adopted');
  });

  it('demands a reason for partial or no adoption, and writes nothing when any part fails', () => {
    const { matter, opinions } = matterWithOpinions(2);
    expect(AdoptionInput.safeParse({ opinionId: opinions[0]!.id, adoption: 'not-adopted' }).success).toBe(false);
    const other = matterWithOpinions(1);
    const before = tableCounts(env.core);
    expect(() =>
      recordFeedback(
        env.core.db,
        'r',
        RecordFeedbackInput.parse({
          matterId: matter.id,
          receivedOn: '2024-05-20',
          reply: '已修改',
          adoptions: [
            { opinionId: opinions[0]!.id, adoption: 'adopted' },
            { opinionId: other.opinions[0]!.id, adoption: 'adopted' },
          ],
        }),
      ),
    ).toThrow(/不属于本事项/);
    expect(() =>
      recordFeedback(env.core.db, 'r', RecordFeedbackInput.parse({ matterId: matter.id, receivedOn: '2024-05-01', reply: '早于收件' })),
    ).toThrow(/早于/);
    expect(tableCounts(env.core)).toEqual(before);
    expect(listFeedback(env.core.db, matter.id).opinions.every((o) => o.adoption === null)).toBe(true);
  });
});

describe('行政规范性文件 registry', () => {
  const entry = (no: string, validFrom: string, validUntil: string | null, over: Record<string, unknown> = {}) =>
    NormativeFields.parse({ registrationNo: no, title: `关于${no}的办法`, issuingBody: '县人民政府', issuedOn: validFrom, validFrom, validUntil, ...over });

  it('lists documents expiring within N months and the expired ones, as of a given day', () => {
    const today = '2025-03-15';
    createNormative(env.core.db, 'a', entry('X-1', '2020-04-01', '2025-03-31'));
    createNormative(env.core.db, 'a', entry('X-2', '2021-01-01', '2025-09-15'));
    createNormative(env.core.db, 'a', entry('X-3', '2022-01-01', '2025-09-16'));
    createNormative(env.core.db, 'a', entry('X-4', '2019-01-01', '2024-12-31'));
    createNormative(env.core.db, 'a', entry('X-5', '2023-01-01', null, { repealedOn: '2025-01-10' }));
    createNormative(env.core.db, 'a', entry('X-6', '2025-04-01', '2030-03-31'));
    const ids = (filter: 'all' | 'expiring' | 'expired') =>
      listNormative(env.core.db, NormativeListInput.parse({ filter, months: 6, today })).map((e) => [e.registrationNo, e.state]);
    expect(addMonths(today, 6)).toBe('2025-09-15');
    expect(ids('expiring')).toEqual([
      ['X-1', 'expiring'],
      ['X-2', 'expiring'],
    ]);
    expect(ids('expired')).toEqual([
      ['X-4', 'expired'],
      ['X-5', 'repealed'],
    ]);
    expect(ids('all').map(([, s]) => s).sort()).toEqual(['expired', 'expiring', 'expiring', 'in-force', 'pending', 'repealed']);
  });

  it('keeps registration numbers unique (统一编号) and dates in order', () => {
    const first = createNormative(env.core.db, 'a', entry('X-1', '2024-01-01', '2026-12-31'));
    expect(() => createNormative(env.core.db, 'a', entry('X-1', '2024-01-01', null))).toThrow(/已被使用/);
    expect(() => createNormative(env.core.db, 'a', entry('X-2', '2024-01-01', null, { issuedOn: '2024-02-01' }))).toThrow(/施行日期不能早于印发日期/);
    expect(NormativeFields.safeParse({ ...entry('X-3', '2024-01-01', null), validUntil: '2023-01-01' }).success).toBe(false);
    const updated = updateNormative(env.core.db, 'a', first.id, entry('X-1', '2024-01-01', '2028-12-31'));
    expect(updated.validUntil).toBe('2028-12-31');
  });
});

describe('重大行政决策 catalogue', () => {
  it('says what is missing before the decision and what was done out of order', () => {
    const item = createDecision(env.core.db, 'a', DecisionFields.parse({ year: 2025, title: '县城老旧小区改造实施方案', responsibleUnit: '县住建局' }));
    expect(item.missingBeforeDecision).toEqual(['public-participation', 'expert-review', 'risk-assessment', 'legality-review']);
    expect(item.readyForDecision).toBe(false);
    const step = (s: Record<string, unknown>) => setDecisionStep(env.core.db, 'a', DecisionStepInput.parse({ itemId: item.id, ...s }));
    step({ step: 'public-participation', doneOn: '2025-03-01' });
    step({ step: 'expert-review', notApplicable: '不属于专业性、技术性较强的事项' });
    expect(() => step({ step: 'legality-review', notApplicable: '时间紧' })).toThrow(/必经程序/);
    let now = step({ step: 'collective-decision', doneOn: '2025-03-20' });
    expect(now.missingBeforeDecision).toEqual(['risk-assessment', 'legality-review']);
    expect(now.problems.join('；')).toContain('决定前尚未完成：风险评估、合法性审查');
    step({ step: 'risk-assessment', doneOn: '2025-03-05' });
    now = step({ step: 'legality-review', doneOn: '2025-03-25' });
    expect(now.readyForDecision).toBe(true);
    expect(now.problems.join('；')).toContain('合法性审查的日期（2025-03-25）晚于集体讨论决定的日期（2025-03-20）');
    expect(now.missing).toEqual(['publication']);
    expect(listDecisions(env.core.db, 2025).map((d) => d.id)).toEqual([item.id]);
    expect(listDecisions(env.core.db, 2024)).toEqual([]);
  });
});
