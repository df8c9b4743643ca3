import { useEffect, useState } from 'react';

/**
 * The app's screens; the hash keeps them bookmarkable and lets reload return to the same screen.
 * To add a screen: a variant here, a line in parseRoute/routeHref, and a case in App's <Page>.
 */
export type Route =
  | { page: 'home' }
  | { page: 'ledger' }
  | { page: 'stats' }
  | { page: 'normative' }
  | { page: 'decisions' }
  | { page: 'deadline-settings' }
  | { page: 'matters' }
  | { page: 'new-matter' }
  | { page: 'matter'; id: number; tab?: string; item?: string }
  | { page: 'settings' }
  | { page: 'templates' }
  | { page: 'search'; params?: string }
  | { page: 'batch-import' }
  | { page: 'audit' }
  | { page: 'exchange' }
  | { page: 'statutes'; params?: string }
  | { page: 'incomplete' }
  | { page: 'holidays' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/matters/new') return { page: 'new-matter' };
  if (path === '/matters/incomplete') return { page: 'incomplete' };
  if (path === '/settings/holidays') return { page: 'holidays' };
  const matter = /^\/matters\/(\d+)(?:\/([a-z-]+)(?:\/([a-z0-9-]+))?)?$/.exec(path);
  if (matter) return { page: 'matter', id: Number(matter[1]), tab: matter[2], item: matter[3] };
  if (path === '/settings') return { page: 'settings' };
  if (path === '/templates') return { page: 'templates' };
  const search = /^\/search(?:\?(.*))?$/.exec(path);
  if (search) return { page: 'search', params: search[1] || undefined };
  if (path === '/batch-import') return { page: 'batch-import' };
  if (path === '/exchange') return { page: 'exchange' };
  const statutes = /^\/statutes(?:\?(.*))?$/.exec(path);
  if (statutes) return { page: 'statutes', params: statutes[1] || undefined };
  if (path === '/matters') return { page: 'matters' };
  if (path === '/ledger') return { page: 'ledger' };
  if (path === '/stats') return { page: 'stats' };
  if (path === '/registry/normative') return { page: 'normative' };
  if (path === '/registry/decisions') return { page: 'decisions' };
  if (path === '/settings/deadlines') return { page: 'deadline-settings' };
  if (path === '/audit') return { page: 'audit' };
  // The home screen is the reviewer's queue.
  return { page: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'ledger':
      return '#/ledger';
    case 'stats':
      return '#/stats';
    case 'normative':
      return '#/registry/normative';
    case 'decisions':
      return '#/registry/decisions';
    case 'deadline-settings':
      return '#/settings/deadlines';
    case 'matters':
      return '#/matters';
    case 'new-matter':
      return '#/matters/new';
    case 'matter':
      return `#/matters/${route.id}${route.tab ? `/${route.tab}${route.item ? `/${route.item}` : ''}` : ''}`;
    case 'settings':
      return '#/settings';
    case 'templates':
      return '#/templates';
    case 'search':
      return `#/search${route.params ? `?${route.params}` : ''}`;
    case 'batch-import':
      return '#/batch-import';
    case 'audit':
      return '#/audit';
    case 'exchange':
      return '#/exchange';
    case 'statutes':
      return `#/statutes${route.params ? `?${route.params}` : ''}`;
    case 'incomplete':
      return '#/matters/incomplete';
    case 'holidays':
      return '#/settings/holidays';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
