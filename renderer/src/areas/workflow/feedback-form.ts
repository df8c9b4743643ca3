
/*
 * The feedback form's checks (issue 20): rows are named by the letter's numbering （一）1 … and a
 * missing reason is found in the form, on its own row, before anything is sent.
 * No imports on purpose: tests under tests/renderer run these in Node.
 */

type Adoption = 'adopted' | 'partly-adopted' | 'not-adopted';

/** How a row is named: the number the letter printed, else its position. */
export function rowLabel(o: { letterLabel: string | null; position: number }): string {
  return o.letterLabel ?? `${o.position}.`;
}

/** 部分采纳 and 未采纳 need a reason. */
export function reasonMissing(adoption: Adoption | null | undefined, reason: string | null | undefined): boolean {
  return (adoption === 'partly-adopted' || adoption === 'not-adopted') && !(reason ?? '').trim();
}

/**
 * The form field a server error points at. The server numbers the adoptions it was sent (adoptions.4.reason
 * is the fifth sent, not the fifth opinion), so the index is turned back into the opinion's id.
 */
export function formPathOf(serverPath: string, sentOpinionIds: readonly number[]): string[] {
  const m = /^adoptions\.(\d+)\.(.+)$/.exec(serverPath);
  if (!m) return serverPath.split('.');
  const id = sentOpinionIds[Number(m[1])];
  return id === undefined ? serverPath.split('.') : ['adoptions', String(id), ...m[2]!.split('.')];
}
