import type { lettersContract } from '../../../shared/contract/letters.js';
import { issueLetter, letterFile, listLetters, previewLetter } from '../../core/letters/letter-service.js';
import { letterServicesFor } from '../../core/letters/letter-services.js';
import { readOfficeSettings, saveOfficeSettings } from '../../core/letters/office-settings.js';
import { annotateDocument, summarySheet } from '../../core/letters/outputs-service.js';
import { printableLetter, printableSummarySheet } from '../../core/letters/printable.js';
import { getMatter } from '../../core/matters/matter-service.js';
import type { HandlerMap } from '../handler-map.js';

export const letterHandlers: HandlerMap<keyof typeof lettersContract> = {
  'office.get': (_input, ctx) => readOfficeSettings(ctx.core.db),
  'office.save': (input, ctx) => saveOfficeSettings(ctx.core.db, ctx.actor, input.settings),
  'letters.preview': (input, ctx) => previewLetter(ctx.core.db, { ...input, issueDate: input.issueDate ?? ctx.today }, letterServicesFor(ctx.core)),
  'letters.issue': async (input, ctx) => {
    const letter = await issueLetter(ctx.core.db, ctx.actor, { ...input, issueDate: input.issueDate ?? ctx.today }, letterServicesFor(ctx.core));
    // Issuing moves the matter: the reply carries it so the page shows the new status without asking again.
    return { ...letter, matter: getMatter(ctx.core.db, input.matterId) };
  },
  'letters.list': (input, ctx) => listLetters(ctx.core.db, input.matterId),
  'letters.download': (input, ctx) => {
    const file = letterFile(ctx.core.db, input.id);
    return { fileName: file.fileName, sha256: file.sha256, content: file.bytes };
  },
  'documents.annotate': async (input, ctx) => {
    const out = await annotateDocument(ctx.core.db, input.documentId, { name: ctx.account?.displayName ?? '审查人', initials: ctx.account?.initials ?? '审' });
    return {
      fileName: out.fileName,
      content: out.bytes,
      placedExactly: out.placedExactly,
      placedApproximately: out.placedApproximately,
      placedAtStart: out.placedAtStart,
      notes: out.notes,
    };
  },
  'letters.printable': (input, ctx) => printableLetter(ctx.core.db, input.id, letterServicesFor(ctx.core)),
  'matters.summarySheetPrintable': (input, ctx) => printableSummarySheet(ctx.core.db, input.matterId),
  'matters.summarySheet': async (input, ctx) => {
    const out = await summarySheet(ctx.core.db, input.matterId);
    return { fileName: out.fileName, content: out.bytes };
  },
};
