import { useEffect, useState } from 'react';

/** The app's screens; the hash keeps them bookmarkable and lets reload return to the same screen. */
export type Route = { page: 'matters' } | { page: 'new-matter' } | { page: 'settings' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/matters/new') return { page: 'new-matter' };
  if (path === '/settings') return { page: 'settings' };
  return { page: 'matters' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'matters':
      return '#/matters';
    case 'new-matter':
      return '#/matters/new';
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
