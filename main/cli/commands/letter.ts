import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { LetterKind } from '../../../shared/domain/letter.js';
import { LETTER_KINDS } from '../../../shared/domain/letter-kinds.js';
import { dataOption } from '../data-option.js';
import { asOption, closeStdin } from '../acting-account.js';

// The archive, the letter builder (docx) and the DOCX reader (annotate) are loaded when the command runs,
// so `review-desk letter --help` stays quick (issue 17; tests/cli/command-imports.test.ts).

interface LetterOptions {
  data: string;
  kind: LetterKind;
  out: string;
  draft?: boolean;
  correct?: string;
  missing?: string[];
  as?: string;
}

/**
 * Writes a matter's letter: the one already issued of that kind, or a newly issued one (which takes the
 * next 文号), or with --draft an unnumbered draft that issues nothing.
 */
async function writeLetter(matterRef: string, options: LetterOptions): Promise<void> {
  const [{ LetterRequest }, { openCore }, { buildLetterDocx }, { buildLetterModel, issueLetter, letterFile, listLetters }, { letterServicesFor }, { readOfficeSettings }, { resolveMatter }, { assertMayCall, cliActor }] =
    await Promise.all([
      import('../../../shared/contract/letters.js'),
      import('../../core/core.js'),
      import('../../core/letters/letter-docx.js'),
      import('../../core/letters/letter-service.js'),
      import('../../core/letters/letter-services.js'),
      import('../../core/letters/office-settings.js'),
      import('../matter-ref.js'),
      import('../cli-actor.js'),
    ]);
  const core = await openCore(options.data);
  try {
    const matter = resolveMatter(core.db, matterRef);
    const services = letterServicesFor(core);
    const existing = listLetters(core.db, matter.id).filter((l) => l.kind === options.kind).at(-1);
    const request = LetterRequest.parse({
      matterId: matter.id,
      kind: options.kind,
      missingMaterials: options.missing ?? [],
      ...(options.correct && existing ? { correctsLetterId: existing.id, correctionReason: options.correct } : {}),
    });
    if (options.draft) {
      const bytes = await buildLetterDocx(buildLetterModel(core.db, request, null, services), readOfficeSettings(core.db), { lawNames: services.lawNames });
      writeFileSync(options.out, bytes);
      console.log(`已生成草稿（未编号、未出具）：${options.out}`);
      return;
    }
    let letter = existing && !options.correct ? existing : undefined;
    if (!letter) {
      const acting = await cliActor(core, options, true);
      closeStdin();
      try {
        assertMayCall(acting.ctx, 'letters.issue');
        letter = await issueLetter(core.db, acting.ctx.actor, request, services);
      } finally {
        acting.done();
      }
    }
    const file = letterFile(core.db, letter.id);
    writeFileSync(options.out, file.bytes);
    console.log(`${letter === existing ? '已出具的意见书' : '已出具新的意见书'} ${letter.number ?? '（不编号）'}（SHA-256 ${file.sha256.slice(0, 12)}…）：${options.out}`);
  } finally {
    core.close();
  }
}

export function registerLetter(program: Command): void {
  program
    .command('letter')
    .description('输出审查事项的意见书 DOCX（write a matter’s opinion letter）')
    .argument('<matter>', '事项 ID 或审查编号 (matter id or serial)')
    .addOption(dataOption())
    .addOption(new Option('--kind <kind>', '意见书种类').choices([...LETTER_KINDS]).default('legality-opinion'))
    .requiredOption('--out <file>', '输出文件 (.docx)')
    .option('--draft', '只生成草稿，不编号、不出具')
    .option('--correct <reason>', '已出具过同类文书时，出具一份更正（更正原因将印在文书上）')
    .option('--missing <item...>', '退回补正通知中需补正的材料')
    .addOption(asOption())
    .action(writeLetter);
}

export function registerAnnotate(program: Command): void {
  program
    .command('annotate')
    .description('导出带批注的送审稿（annotated original with Word comments）')
    .argument('<document>', '文件 ID (document id)')
    .addOption(dataOption())
    .requiredOption('--out <file>', '输出文件 (.docx)')
    .action(async (documentId: string, options: { data: string; out: string }) => {
      if (!/^\d+$/.test(documentId)) throw new Error(`文件 ID 应为数字：${documentId}`);
      const [{ openCore }, { annotateDocument }] = await Promise.all([import('../../core/core.js'), import('../../core/letters/outputs-service.js')]);
      const core = await openCore(options.data);
      try {
        // Comments carry the name of the account that wrote each opinion; the fallback is for opinions
        // written before accounts existed.
        const result = await annotateDocument(core.db, Number(documentId), { name: '审查人', initials: '审' });
        writeFileSync(options.out, result.bytes);
        console.log(`已导出批注版：${options.out}`);
        console.log(`批注 ${result.placedExactly + result.placedApproximately} 条，其中 ${result.placedExactly} 条位于所引原文处，${result.placedAtStart} 条置于文首。`);
        for (const note of result.notes) console.log(`  ${note}`);
      } finally {
        core.close();
      }
    });
}
