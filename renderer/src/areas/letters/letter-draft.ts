import { officeToday } from '../../office-clock';
import type { LetterRequest } from '../../../../shared/contract/letters';
import type { LetterKind } from '../../../../shared/domain/letter';

/** What the reviewer has typed for the next letter of a matter. */
export interface LetterDraft {
  kind: LetterKind;
  /** 成文日期, yyyy-mm-dd. */
  issueDate: string;
  attachments: string[];
  missingMaterials: string[];
  /** null: the office's default closing text for the kind. */
  closingText: string | null;
  contact: string;
  /** Set while drafting a correction of an issued letter. */
  corrects?: { id: number; number: string };
  /** Why the earlier letter is corrected (printed in the correction). */
  correctionReason: string;
  /** Return notices: print the opinions reached so far. */
  attachOpinions: boolean;
}

export function newDraft(kind: LetterKind = 'legality-opinion'): LetterDraft {
  return {
    kind,
    issueDate: officeToday().format('YYYY-MM-DD'),
    attachments: [],
    missingMaterials: [],
    closingText: null,
    contact: '',
    correctionReason: '',
    attachOpinions: false,
  };
}

const filled = (lines: string[]) => lines.map((l) => l.trim()).filter((l) => l.length > 0);

/** The request the core takes; blank lines being typed are left out. */
export function draftRequest(matterId: number, draft: LetterDraft): LetterRequest {
  return {
    matterId,
    kind: draft.kind,
    issueDate: draft.issueDate,
    attachments: filled(draft.attachments),
    missingMaterials: draft.kind === 'return-notice' ? filled(draft.missingMaterials) : [],
    closingText: draft.closingText,
    contact: draft.contact.trim() || null,
    attachOpinions: draft.kind === 'return-notice' && draft.attachOpinions,
    ...(draft.corrects ? { correctsLetterId: draft.corrects.id, correctionReason: draft.correctionReason.trim() } : {}),
  };
}
