import { useEffect, useState } from 'react';

/**
 * The app's screens; the hash keeps them bookmarkable and lets reload return to the same screen.
 * To add a screen: a variant here, a line in parseRoute/routeHref, and a case in App's <Page>.
 */
export type Route =
  | { page: 'matters' }
  | { page: 'new-matter' }
  | { page: 'matter'; id: number; tab?: string }
  | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/matters/new') return { page: 'new-matter' };
  const matter = /^\/matters\/(\d+)(?:\/([a-z-]+))?$/.exec(path);
  if (matter) return { page: 'matter', id: Number(matter[1]), tab: matter[2] };
  if (path === '/settings') return { page: 'settings' };
  return { page: 'matters' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'matters':
      return '#/matters';
    case 'new-matter':
      return '#/matters/new';
    case 'matter':
      return `#/matters/${route.id}${route.tab ? `/${route.tab}` : ''}`;
    case 'settings':
      return '#/settings';
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
