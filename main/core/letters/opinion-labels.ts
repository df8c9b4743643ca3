import type Database from 'better-sqlite3';
import { LetterModel, type LetterOpinion } from '../../../shared/domain/letter.js';
import { prepared } from '../store/statements.js';
import { chineseOrdinal } from './format.js';
import { groupByDimension, groupOpinions } from './letter-content.js';
import { readOfficeSettings } from './office-settings.js';

/*
 * The numbers the issued letter gave each opinion — （一）1, （一）2, （二）1 … — so the feedback form
 * speaks the letter's language (issue 20: rows numbered 1–8 while the letter said （一）1–5 and （二）1–3).
 * The letter's model is stored with it; its opinions are matched to the matter's by text and severity.
 */

/** Opinion id → label in the newest issued letter that printed opinions; opinions it did not print are absent. */
export function letterOpinionLabels(
  db: Database.Database,
  matterId: number,
  opinions: readonly { id: number; text: string; severity: LetterOpinion['severity'] }[],
): Map<number, string> {
  const labels = new Map<number, string>();
  const row = prepared(
    db,
    "SELECT model_json FROM letters WHERE matter_id = ? AND kind <> 'return-notice' ORDER BY id DESC LIMIT 1",
  ).get(matterId) as { model_json: string } | undefined;
  if (!row) return labels;
  const parsed = LetterModel.safeParse(JSON.parse(row.model_json));
  if (!parsed.success || parsed.data.opinions.length === 0) return labels;
  const groups =
    readOfficeSettings(db).opinionGrouping === 'dimension'
      ? groupByDimension(parsed.data.opinions).map((g) => g.items)
      : groupOpinions(parsed.data.opinions).map((g) => g.items);
  const unmatched = [...opinions];
  groups.forEach((items, gi) =>
    items.forEach((printed, i) => {
      const at = unmatched.findIndex((o) => o.text.trim() === printed.text.trim() && o.severity === printed.severity);
      if (at < 0) return;
      labels.set(unmatched[at]!.id, `（${chineseOrdinal(gi + 1)}）${i + 1}`);
      unmatched.splice(at, 1);
    }),
  );
  return labels;
}
