import { navigate, routeHref } from '../../routes';

/** Which screen of the documents tab: the list, a reading view (maybe at a block), or a comparison. */
export type DocumentView =
  | { kind: 'list' }
  | { kind: 'read'; id: number; block?: number }
  | { kind: 'compare'; a?: number; b?: number };

export const DOCUMENTS_TAB = 'documents';

/** The route item after `#/matters/<id>/documents/`: `doc-3`, `doc-3-b12`, `compare-3-4`, `compare`. */
export function parseDocumentItem(item: string | undefined): DocumentView {
  if (!item) return { kind: 'list' };
  const read = /^doc-(\d+)(?:-b(\d+))?$/.exec(item);
  if (read) return { kind: 'read', id: Number(read[1]), block: read[2] === undefined ? undefined : Number(read[2]) };
  const compare = /^compare(?:-(\d+)-(\d+))?$/.exec(item);
  if (compare) {
    return compare[1] ? { kind: 'compare', a: Number(compare[1]), b: Number(compare[2]) } : { kind: 'compare' };
  }
  return { kind: 'list' };
}

export function documentItem(view: DocumentView): string | undefined {
  switch (view.kind) {
    case 'list':
      return undefined;
    case 'read':
      return `doc-${view.id}${view.block === undefined ? '' : `-b${view.block}`}`;
    case 'compare':
      return view.a && view.b ? `compare-${view.a}-${view.b}` : 'compare';
  }
}

export function documentsHref(matterId: number, view: DocumentView = { kind: 'list' }): string {
  return routeHref({ page: 'matter', id: matterId, tab: DOCUMENTS_TAB, item: documentItem(view) });
}

export function goToDocuments(matterId: number, view: DocumentView = { kind: 'list' }): void {
  navigate({ page: 'matter', id: matterId, tab: DOCUMENTS_TAB, item: documentItem(view) });
}
