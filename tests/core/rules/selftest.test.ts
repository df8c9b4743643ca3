/**
 * The shipped self-test (resources/rules-selftest) stays in step with the corpus and the rules:
 * the test part in resources is the fixtures' test part as the app extracts it, and the figures shown
 * beside each rule are what the rules score on it now. Run `npx tsx tests/core/rules/build-selftest.ts`
 * after changing rules, labels or the extractor.
 */
import { describe, expect, it } from 'vitest';
import { loadTestPart, runSelftest, shippedFigures, withoutTimings } from '../../../main/core/rules/selftest/shipped.js';
import { MAIN_RULES } from '../../../main/core/rules/selftest/score.js';
import { runChecks } from '../../../main/core/rules/index.js';
import { SELFTEST_PARTS } from '../../../shared/domain/rules-quality.js';
import { loadSplit } from './corpus.js';

describe('rules self-test', () => {
  const part = loadTestPart();
  // One run of the rules over the shipped parts serves every test below (the run takes seconds).
  let once: { report: ReturnType<typeof runSelftest> } | undefined;
  const scored = () => (once ??= { report: runSelftest(part) });

  it('ships the test, held-out, fresh, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth and nineteenth parts of the corpus, labels and text as the app extracts them', async () => {
    const fresh: Array<Awaited<ReturnType<typeof loadSplit>>[number] & { part: string }> = [];
    for (const part of SELFTEST_PARTS) fresh.push(...(await loadSplit(part)).map((d) => ({ ...d, part })));
    expect(part.documents.map((d) => d.name)).toEqual(fresh.map((d) => d.name));
    for (const [i, d] of fresh.entries()) {
      const shipped = part.documents[i]!;
      expect(shipped.type).toBe(d.type);
      // The matter title the app would pass (the document's name), so 暂行/试行 in it counts as in the app.
      expect(shipped.title).toBe(d.title);
      expect(shipped.part ?? 'test').toBe(d.part);
      expect(shipped.blocks).toEqual(d.blocks);
      expect(shipped.labels).toEqual(d.labels);
    }
  });

  it('ships the figures the rules score now, for every main rule', () => {
    const { report } = scored();
    const figures = shippedFigures();
    expect(figures).not.toBeNull();
    expect(withoutTimings(figures!)).toEqual(withoutTimings(report));
    // Each labelling round is reported on its own, and the rounds add up to the whole.
    expect(report.parts?.map((p) => p.part)).toEqual(['test', 'heldout', 'fresh', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth']);
    expect(report.parts?.reduce((n, p) => n + p.documents, 0)).toBe(report.documents);
    expect(report.parts?.reduce((n, p) => n + p.overall.tp, 0)).toBe(report.overall.tp);
    expect(report.rules.map((r) => r.rule)).toEqual([...MAIN_RULES]);
    expect(report.documents).toBe(part.documents.length);
    // Printed for the record (the targets are reported, not enforced here).
    for (const p of report.parts ?? []) console.log(p.part, JSON.stringify({ overall: p.overall, blank: p.blankFindings, clean: p.clean }));
  });

  it('no part falls below the figures recorded when its round closed (a rule change that lowers one must change this floor and say why)', () => {
    // Rule level, main rules, as printed by `review-desk selftest` at the end of round four (issue 13).
    const floors: Record<string, { precision: number; recall: number }> = {
      // Round six (rule changes by class from the fifth part's misses): test 0.985 → 1 recall.
      test: { precision: 1, recall: 1 },
      // Round ten (A): its one blank false alarm ("XX县镇（乡、街道办事处）", a model text's addressee) fixed by class: 0.917 → 1.
      heldout: { precision: 1, recall: 1 },
      fresh: { precision: 1, recall: 1 },
      // Round five looked at the fourth part's errors (it is a tuning part from then on): 0.615/0.667 → 0.923/1.
      fourth: { precision: 0.923, recall: 1 },
      // Its one untouched run after round five gave 0.957/0.786 (labels committed in 626f3cd before any rule ran on it);
      // round six looked at its errors and fixed them by class, so from then on it is a tuning part: → 1/1.
      fifth: { precision: 1, recall: 1 },
      // Collected and labelled (252641a) while round six changed the rules without seeing it; its one run after
      // round six merged: TP 17, FP 1, FN 3 (notes/sixth-run in the closing note of session 6). Round seven looked at
      // its errors and fixed them by class, so from then on it is a tuning part: 0.944/0.85 → 1/1 (TP 20, FP 0, FN 0).
      sixth: { precision: 1, recall: 1 },
      // 48 pages collected and labelled (eae657f, 7ea252d) while rounds six and seven changed the rules without seeing
      // them; its one run after round seven merged: TP 21, FP 9, FN 12 (0.70/0.636) — that one run stays the figure on
      // unseen documents. Round eight looked at its errors and fixed them by class, so from then on it is a tuning
      // part: 0.70/0.636 → 0.971/1 (TP 33, FP 1, FN 0; the one FP is a news page labelled normative that owes no
      // validity period, left as it is).
      // Round nine (B) generalised by class; a temporary measure that fixes its own duration ("时间暂定一周") states
      // its validity, so that news page's FP went: 0.971/1 → 1/1 (TP 33, FP 0, FN 0).
      seventh: { precision: 1, recall: 1 },
      // 29 pages collected and labelled (b4cc312, 56c560a) while round eight changed the rules without seeing them; its
      // one run after round eight merged: TP 11, FP 4, FN 0 — the newest figure on unseen documents (few positives).
      // Round nine (B) looked at its two rule errors of its own rules and fixed them by class (a template's choose-one
      // dispute list, an academic paper owing no validity period): 0.733/1 → 0.846/1 (TP 11, FP 2, FN 0; the two left
      // are placeholder.blank, round nine A's). From then on it is a tuning part. Round nine (A) fixed those two blank
      // false alarms by class (a label whose value is on the next line, a news caption): both halves merged → 1/1.
      eighth: { precision: 1, recall: 1 },
      // 46 pages (66d2da6, fad2862) and 35 pages (54cd0c0), each labelled before any rule ran, by helpers who never ran a
      // rule, while round nine changed the rules without seeing them; their one run after round nine merged — the
      // newest figures on unseen documents: ninth TP 18, FP 10, FN 6; tenth TP 15, FP 9, FN 6.
      // Both are tuning parts from round ten on: its two halves fixed their rules' errors there by class (A: masked
      // figures, page catalogues, reports about contracts, words-and-figures pairs; B: which documents owe a validity
      // period, lockdown and detention wordings, fines in other words, lists of powers, commentary, open-ended leases).
      // After both merged: 1/1 on each (their one-run figures above stay the figures on unseen documents).
      ninth: { precision: 1, recall: 1 },
      tenth: { precision: 1, recall: 1 },
      // 37 pages (ce1479e, "labels before any rule ran"), collected by a helper who never ran a rule while round ten
      // changed the rules without seeing them; its one run after round ten merged — the newest figure on unseen
      // documents: TP 14, FP 3, FN 8 (coercion on stray dogs 0/4, lockdown and quarantine notices 0/2).
      // From then on a tuning part: round eleven fixed its rule errors there by class (property and animals a notice
      // seizes, quarantine and movement limits a notice orders, a collective's vote reported with its content, case
      // counts that are no clause, a campaign's own window, blanks with a rate's % or an amount's figures half, an
      // empty party line, a group heading over filled fields): 0.823/0.636 → 1/1 (TP 22, FP 0, FN 0). Its one-run
      // 0.82 / 0.64 stays the figure on unseen documents.
      eleventh: { precision: 1, recall: 1 },
      // 39 documents (67fdddd, "labels before any rule ran"), collected by a helper who never ran a rule; its one run
      // on round eleven's engine, before round twelve looked at it — the newest figure on unseen documents: TP 12, FP 5,
      // FN 3 (lockdown entry/exit bans 1/3, lease-term text about terms 2 FP, a restated statutory fine, a law's excerpt
      // taken as a normative document).
      // From then on a tuning part: round twelve (B) fixed its errors by class (lockdown entry/exit and stay-in orders, a
      // vague basis covering only its own clause, penalties restated from a named statute, terms the law fixes, which
      // texts owe a validity period): 0.705/0.8 → 1/1. (Round twelve (A), which never saw it, left it unchanged.)
      twelfth: { precision: 1, recall: 1 },
      // 48 pages (a82e182 + extension 648555a) and 38 pages (5869f3f), each labelled before any rule ran by helpers who
      // never ran a rule, while round twelve changed the rules without seeing them; their one run after round twelve
      // merged — the newest figures on unseen documents: thirteenth TP 17, FP 10, FN 4 (blank noise on page metadata and
      // example templates, dispute clauses discussed in commentary, stray animals culled, 足不出户); fourteenth TP 13,
      // FP 6, FN 7 (masked addresses in a judgment, a regulation's own fines, rulings quoting dispute clauses,
      // 居家觀察14天, 出嫁女 by a reported vote, a ban's six-year window).
      // From then on tuning parts: round thirteen fixed their errors by class (A, precision: masked text in court papers
      // and addresses, page frames and example names, texts that discuss contracts, fines/detention/licences another text
      // or act sets; B, recall: stay-in and observation orders, animals culled and supply cut, farms closed, 入赘/离婚
      // statuses, a village's own fine demand, contracts by their length, the commencement clause): both halves merged →
      // 1/1 on each. Their one-run figures above stay the figures on unseen documents.
      thirteenth: { precision: 1, recall: 1 },
      fourteenth: { precision: 1, recall: 1 },
      // 35 documents (6a34278, "labels before any rule ran"), collected by a helper who never ran a rule; its one run on
      // round thirteen's engine, before round fourteen looked at it — the newest figure on unseen documents: TP 10, FP 6,
      // FN 4 (home self-isolation and going out on conditions missed, a referral to the public-security law taken as
      // detention, enforcement told as news taken as coercion, seized vehicles and wheel locks missed, an explainer's
      // restated fines and statutory contracting periods).
      // From then on a tuning part: round fourteen fixed its errors by class (home isolation and going out on conditions,
      // offences the public-order law defines restated with its detention, vehicles seized and wheel-locked, enforcement
      // told as news, a membership taken for marriage told as what happened, fill-in sums and counts, placeholder letters,
      // explainers restating a regulation): 0.625/0.714 → 1/1. Its one-run figure stays the figure on unseen documents.
      fifteenth: { precision: 1, recall: 1 },
      // 34 pages (3a4fc94, "labels before any rule ran"), collected by a helper who never ran a rule, while round fourteen
      // changed the rules without seeing it; its one run after round fourteen merged — the newest figure on unseen
      // documents: TP 14, FP 6, FN 0 (page-frame labels taken as blanks, an essay on married-out women, a fishing notice
      // restating the fishery law's fines, a dated seasonal ban asked for a validity period, lockdown news taken as local
      // preference); only 14 expected findings, 6 of them liberty.
      // Round fifteen built a document-kind step (document-kind.ts) without looking at it; its second run, rules never
      // tuned on it (24819d3): TP 14, FP 4, FN 0 (0.78/1; the essay and one frame label gone). From then on a tuning
      // part: round fifteen fixed its four errors by class (a bulleted frame label with pinyin, confiscation beside a
      // statute's scaled fine, a one-year season's window, the outlets a closure spares): → 1/1.
      sixteenth: { precision: 1, recall: 1 },
      // 33 documents from 32 sources (4036667, "labels before any rule ran"), collected by a helper who never ran a rule
      // while round fifteen changed the rules without seeing it; run once on round fourteen's engine (8d46d83) and once
      // after round fifteen merged (2af6ee8), identical both times — the newest figure on unseen documents: TP 13, FP 5,
      // FN 6 (notices restating a statute's fines and detention, a stall ban's 责令改正 and a demolition told as news
      // taken as coercion; two rental and homestay licences, a 50-year forest let told as news, the closure of coffin
      // markets, detention in a tricycle ban and one 施行 clause missed). That one-run 0.72 / 0.68 stays the figure on
      // unseen documents.
      // From then on a tuning part: round sixteen fixed its errors by class (a statute's article quoted from the paragraph
      // head, a quoted article's sanction applied, 暂扣 of a licence, enforcement news with an official's words, a whole
      // trade closed, a basis opening a later clause, detention for the notice's own ban, the licensing clause, an
      // approval precondition at long range, a lease term told in a report's words, a text that puts itself in force;
      // and a merge template's fields made one loud finding): 0.72/0.68 → 1/1 (TP 19, FP 0, FN 0).
      seventeenth: { precision: 1, recall: 1 },
      // 31 pages from 31 sites (c20e27b, "labels before any rule ran"), collected by a helper who never ran a rule while
      // round sixteen changed the rules without seeing it; run once on round fifteen's engine (c20e27b) and once after
      // round sixteen merged, identical both times — the newest figure on unseen documents: TP 6, FP 4, FN 3 (a Q&A's list
      // line and a contract's heading taken as blanks, street-stall clearance told as news taken as a fine and coercion;
      // a married-out clause and a lockdown's 只进不出 reported in news missed, a model text's ** mask missed); only 9
      // expected findings. Nobody has tuned on it yet.
      eighteenth: { precision: 0.6, recall: 0.66 },
      // 37 pages from 37 sites (94b6cbc, "labels before any rule ran"), collected by a helper who never ran a rule while
      // round seventeen changed the rules without seeing it; run once on round sixteen's engine (b27d3b8) and once after
      // round seventeen merged (6b7b2a6), identical both times — the newest figure on unseen documents: TP 15, FP 9, FN 4.
      // Nobody has tuned on it.
      nineteenth: { precision: 0.62, recall: 0.78 },
    };
    const { report } = scored();
    for (const p of report.parts ?? []) {
      const floor = floors[p.part];
      // A new part gets its floor from the figures of its first run; until then this fails, so the figure is recorded.
      expect(floor, `no floor recorded for the ${p.part} part: add its figures from its first run`).toBeDefined();
      if (!floor) continue;
      expect(p.overall.precision, `${p.part} precision`).toBeGreaterThanOrEqual(floor.precision);
      expect(p.overall.recall, `${p.part} recall`).toBeGreaterThanOrEqual(floor.recall);
    }
  });

  it('every finding on the real documents quotes the text at its range', () => {
    for (const d of part.documents) {
      for (const f of runChecks({ blocks: d.blocks, type: d.type, ...(d.title ? { title: d.title } : {}) })) {
        const block = d.blocks.find((b) => b.index === f.paragraph);
        expect(block?.text.slice(f.start, f.end), `${d.name} ${f.rule}`).toBe(f.excerpt);
        if (f.trigger) {
          expect(f.trigger.start).toBeGreaterThanOrEqual(f.start);
          expect(f.trigger.end).toBeLessThanOrEqual(f.end);
        }
      }
    }
  });
});
