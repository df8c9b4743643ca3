import { MATTER_TYPES, type MatterType } from '../../../../shared/domain/matter';
import { navigate } from '../../routes';

/** A search as it sits in the address (#/search?q=…&type=…&unit=…&year=…&page=…), so Back returns to it. */
export interface SearchState {
  q: string;
  type?: MatterType;
  unit?: string;
  year?: number;
  page: number;
}

export const PAGE_SIZE = 20;

export function parseSearch(params: string | undefined): SearchState {
  const p = new URLSearchParams(params ?? '');
  const type = p.get('type');
  const year = Number(p.get('year'));
  const page = Number(p.get('page'));
  return {
    q: p.get('q') ?? '',
    type: (MATTER_TYPES as readonly string[]).includes(type ?? '') ? (type as MatterType) : undefined,
    unit: p.get('unit') || undefined,
    year: Number.isInteger(year) && year >= 1949 && year <= 2999 ? year : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function formatSearch(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.type) p.set('type', state.type);
  if (state.unit) p.set('unit', state.unit);
  if (state.year) p.set('year', String(state.year));
  if (state.page > 1) p.set('page', String(state.page));
  return p.toString();
}

export function goToSearch(state: SearchState): void {
  navigate({ page: 'search', params: formatSearch(state) || undefined });
}
