import { keepPreviousData, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LedgerFilter, LedgerRow } from '../../../../shared/contract/index';
import { call } from '../../api/client';

/**
 * The ledger's rows, fetched a page at a time as the user scrolls (issue 17: 20,000 matters). The first
 * page brings the total and the totals row, so the table knows its full height at once; the rows not
 * fetched yet are placeholders until their page arrives. Each page is its own query
 * (['ledger.query', filter, page]) so invalidating ['ledger.query'] refreshes whatever is on screen.
 */

export const LEDGER_PAGE_SIZE = 100;

/** A row whose page has not arrived yet; the table draws it empty. */
export interface PendingRow {
  pending: true;
  slot: number;
}
/** A row of the ledger with its place in the filtered list (the table's row key). */
export type LedgerSlot = (LedgerRow & { slot: number }) | PendingRow;
export const isPending = (row: LedgerSlot): row is PendingRow => 'pending' in row;

const fetchPage = (filter: LedgerFilter, page: number) =>
  call('ledger.query', { filter, offset: page * LEDGER_PAGE_SIZE, limit: LEDGER_PAGE_SIZE });

type PageResult = Awaited<ReturnType<typeof fetchPage>>;

/** The later pages as one value that changes only when one of them does (TanStack memoizes `combine`). */
function combinePages(results: { data?: PageResult; isFetching: boolean; error: Error | null }[]) {
  return { pages: results.map((r) => r.data), fetching: results.some((r) => r.isFetching), error: results.find((r) => r.error)?.error ?? null };
}

/**
 * Starts fetching a filter's first page at once, from the event that changes the filter: the request then
 * travels while React renders the change, instead of after it (issue 17: a filter change ≤ 200 ms). The
 * table's query finds it in flight under the same key and waits for it.
 */
export function usePrefetchLedger(): (filter: LedgerFilter) => void {
  const client = useQueryClient();
  return useCallback((filter: LedgerFilter) => void client.prefetchQuery({ queryKey: ['ledger.query', filter, 0], queryFn: () => fetchPage(filter, 0) }), [client]);
}

const NO_PAGES: number[] = [];

/**
 * Each page's rows with their place in the list, made once per reply: when the list is put together again
 * (another page arrived, the fetch settled) the rows on screen are the same objects, and the table's cells
 * see nothing changed.
 */
const placedRows = new WeakMap<PageResult, (LedgerRow & { slot: number })[]>();
function placed(page: PageResult): (LedgerRow & { slot: number })[] {
  let rows = placedRows.get(page);
  if (!rows) {
    rows = page.rows.map((row, i) => ({ ...row, slot: page.offset + i }));
    placedRows.set(page, rows);
  }
  return rows;
}

export function useLedgerPages(filter: LedgerFilter) {
  const key = JSON.stringify(filter);
  // Pages beyond the first that have come into view, for this filter only.
  const [wanted, setWanted] = useState<{ key: string; pages: number[] }>({ key, pages: [] });
  const pages = wanted.key === key ? wanted.pages : NO_PAGES;
  const first = useQuery({
    queryKey: ['ledger.query', filter, 0],
    queryFn: () => fetchPage(filter, 0),
    // The previous filter's rows stay on screen until the new first page arrives (no empty flash).
    placeholderData: keepPreviousData,
  });
  const more = useQueries({
    queries: pages.map((page) => ({ queryKey: ['ledger.query', filter, page], queryFn: () => fetchPage(filter, page) })),
    combine: combinePages,
  });
  const total = first.data?.total ?? 0;
  const slots = useMemo<LedgerSlot[]>(() => {
    if (!first.data) return [];
    const out: LedgerSlot[] = new Array<LedgerSlot>(total);
    for (let i = 0; i < total; i++) out[i] = { slot: i, pending: true };
    for (const page of [first.data, ...more.pages]) if (page) placed(page).forEach((row) => row.slot < total && (out[row.slot] = row));
    return out;
  }, [first.data, total, more.pages]);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // The filter the pages are for, read when scrolling pauses: `showing` stays the same function across
  // filter changes, so the memoised table does not re-render when a filter is typed.
  const keyRef = useRef(key);
  keyRef.current = key;
  /** Rows first…last (indexes) are in view: fetch their pages, once scrolling pauses for a moment. */
  const showing = useCallback((firstRow: number, lastRow: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const need: number[] = [];
      for (let p = Math.max(1, Math.floor(firstRow / LEDGER_PAGE_SIZE)); p <= Math.floor(lastRow / LEDGER_PAGE_SIZE); p++) need.push(p);
      const current = keyRef.current;
      setWanted((w) => {
        const had = w.key === current ? w.pages : [];
        const add = need.filter((p) => !had.includes(p));
        return add.length === 0 && w.key === current ? w : { key: current, pages: [...had, ...add] };
      });
    }, 60);
  }, []);
  return {
    slots,
    total,
    summary: first.data?.summary,
    elapsedMs: first.data?.elapsedMs,
    /** The first page of this very filter is shown (not the previous filter's kept rows). */
    current: first.data !== undefined && !first.isPlaceholderData,
    fetching: first.isFetching || more.fetching,
    error: first.error ?? more.error,
    showing,
  };
}
