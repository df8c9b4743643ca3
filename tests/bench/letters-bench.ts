/**
 * Letters benchmark (issue 5): median time to build an opinion letter with 30 opinions, and to annotate
 * a generated ~100-page document (22 lines × 28 characters a page) with 100 comments.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { pathToFileURL } from 'node:url';
import { annotateDocx, buildLetterDocx, type AnnotationInput } from '../../main/core/letters/index.js';
import { defaultOfficeSettings, type LetterModel } from '../../shared/domain/letter.js';
import { SEVERITIES } from '../../shared/domain/matter.js';
import type { Method, MethodInput } from '../../shared/contract/index.js';
import { openCore } from '../../main/core/core.js';
import { callAs } from '../support/approved-matter.js';
import { makeTempDir } from '../support/temp-dir.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function timeRuns(runs: number, warmup: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

function letterWith30Opinions(): LetterModel {
  return {
    kind: 'legality-opinion',
    officeName: '郯城县司法局',
    letterNumber: '郯司审〔2024〕15号',
    recipient: '郯城县某某镇某某村民委员会',
    matterTitle: '某某村村规民约（送审稿）',
    matterType: 'village.rules',
    receivedDate: '2024-01-05',
    conclusion: 'lawful-after-revision',
    summary: '该村规民约总体符合法律规定，个别条款需按本意见修改。',
    opinions: Array.from({ length: 30 }, (_, i) => ({
      text: `第${i + 1}条的规定与上位法不一致，应当依照有关法律规定修改，明确适用条件、程序和责任，避免增加村民义务。`,
      severity: SEVERITIES[i % 3]!,
      legalBasis: i % 2 ? `《中华人民共和国村民委员会组织法》第${i + 1}条` : null,
      quote: `第${i + 1}条原文`,
    })),
    missingMaterials: [],
    materials: [],
    returnDeadline: null,
    attachOpinions: false,
    attachments: ['修改意见对照表'],
    closingText: null,
    signatures: { reviewer: '张三', approver: '李四' },
    issueDate: '2024-01-15',
    contact: '联系人：王五，电话：0539-6212345',
  };
}

const SENTENCE = '村民委员会应当依照法律规定召开村民会议讨论决定涉及村民利益的事项，并将讨论结果予以公布，接受村民监督。';

/** A document of `paragraphs` paragraphs, each three runs with different formatting; returns it and its texts. */
async function longDocument(paragraphs: number): Promise<{ docx: Buffer; texts: string[] }> {
  const texts: string[] = [];
  const children = Array.from({ length: paragraphs }, (_, i) => {
    const parts = [`第${i + 1}条\u3000`, SENTENCE, `本条第${i + 1}款另有规定的除外。`];
    texts.push(parts.join(''));
    return new Paragraph({
      children: [new TextRun({ text: parts[0]!, bold: true }), new TextRun(parts[1]!), new TextRun({ text: parts[2]!, italics: true })],
    });
  });
  const docx = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return { docx, texts };
}

/** Issuing for real: an approved matter with 30 opinions, each run issues (a correction of) its letter. */
async function benchIssueThroughArchive(): Promise<number[]> {
  const temp = makeTempDir('review-desk-bench-');
  const core = await openCore(temp.dir);
  try {
    const call = <M extends Method>(method: M, input: MethodInput<M>, actor = '王审查') => callAs(core, actor, method, input);
    await call('office.save', { settings: defaultOfficeSettings('郯城县司法局', '郯司审') });
    const matter = await call('matters.create', { type: 'village.rules', title: '某某村村规民约', submittingUnit: '某某村民委员会', receivedOn: '2026-01-05' });
    const review = await call('review.start', { matterId: matter.id });
    for (const item of review.template.items) await call('review.answer', { matterId: matter.id, itemId: item.id, status: 'pass' });
    for (const o of letterWith30Opinions().opinions) {
      await call('opinions.add', { matterId: matter.id, text: o.text, severity: o.severity, basis: o.legalBasis });
    }
    await call('review.conclude', { matterId: matter.id, result: 'lawful-after-revision', summary: '修改后合法。' });
    await call('review.submit', { matterId: matter.id });
    await call('review.approve', { matterId: matter.id }, '李所长');
    // A letter is issued once; every later run corrects the previous one (with its reason), as an office would.
    let last: number | null = null;
    return await timeRuns(9, 2, async () => {
      const letter = await call('letters.issue', {
        matterId: matter.id,
        kind: 'legality-opinion',
        ...(last === null ? {} : { correctsLetterId: last, correctionReason: '基准测试更正' }),
      });
      last = letter.id;
    });
  } finally {
    core.close();
    temp.remove();
  }
}

export async function benchLetters(): Promise<object> {
  const settings = defaultOfficeSettings('郯城县司法局', '郯司审');
  const model = letterWith30Opinions();
  const letterTimes = await timeRuns(15, 3, () => buildLetterDocx(model, settings));

  // ~88 characters a paragraph ≈ 3.2 lines of 28; 740 paragraphs ≈ 2,200 lines ≈ 100 pages of 22 lines.
  const { docx, texts } = await longDocument(740);
  const lines = texts.reduce((n, t) => n + Math.ceil(t.length / 28), 0);
  const comments: AnnotationInput[] = Array.from({ length: 100 }, (_, k) => {
    const p = Math.floor((k * texts.length) / 100);
    const text = texts[p]!;
    // Quotes cross the run boundary between the bold article number and the sentence.
    const start = text.indexOf('\u3000') - 1;
    const end = start + 12;
    return { quote: text.slice(start, end), paragraph: p, start, end, text: `意见${k + 1}`, author: '张三', date: '2024-01-15' };
  });
  let placed = { exact: 0, approximate: 0 };
  const annotateTimes = await timeRuns(7, 2, async () => {
    const r = await annotateDocx(docx, comments);
    placed = { exact: r.placedExactly, approximate: r.placedApproximately };
  });

  const issueTimes = await benchIssueThroughArchive();

  return {
    letter30Opinions: { medianMs: Number(median(letterTimes).toFixed(1)), runs: letterTimes.length },
    issue30OpinionsInArchive: {
      medianMs: Number(median(issueTimes).toFixed(1)),
      runs: issueTimes.length,
      note: 'letters.issue through the router: model from the review, next 文号, DOCX, blob and letter rows in SQLite',
    },
    annotate100Comments: {
      medianMs: Number(median(annotateTimes).toFixed(1)),
      runs: annotateTimes.length,
      paragraphs: texts.length,
      estimatedPages: Math.round(lines / 22),
      documentBytes: docx.length,
      placedExactly: placed.exact,
      placedApproximately: placed.approximate,
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchLetters(), null, 2));
}
