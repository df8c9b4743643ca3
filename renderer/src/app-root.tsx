import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';
import 'antd/dist/antd.css';
import './styles.css';
import { I18nProvider } from './i18n';
import { earlyStaleTime, takeEarlyQueries } from './early-queries';
import { clearHomeView } from './areas/workflow/home-handoff';
import { ApiError, isSignedOutCode } from './api/client';

const queryClient = new QueryClient({
  // earlyStaleTime: 0 (every answer stale at once, React Query's default) except for an answer the entry
  // asked for early, which the screen's first mount takes as it is (early-queries.ts).
  defaultOptions: { queries: { retry: retryOnce, refetchOnWindowFocus: false, staleTime: earlyStaleTime } },
});

/**
 * A failed read is tried once more, unless nobody is signed in: that retry could only be answered 401 again,
 * and it went out a second later, often while the person was signing in again.
 */
function retryOnce(failures: number, error: Error): boolean {
  if (error instanceof ApiError && isSignedOutCode(error.code)) return false;
  return failures < 1;
}

/**
 * Renders the app (main.tsx loads this module after it has asked who is signed in). `lite`: the light
 * first screen's root when it is showing (lite/lite-screen.tsx): the app renders into it at once, so one
 * commit replaces the light screen with the same markup, then input held meanwhile is passed on.
 */
export function mountApp(lite: { root: Root; replay: () => void } | null): void {
  // The opening screen's data the entry asked for (early-queries.ts): in the cache before the first render
  // when it has arrived, else as a fetch in flight that the screen's query joins instead of asking again.
  // A failed one is left out: the screen asks again itself.
  for (const early of takeEarlyQueries()) {
    if (early.arrived) queryClient.setQueryData(early.queryKey, early.arrived.data);
    else if (!early.failed) void queryClient.prefetchQuery({ queryKey: early.queryKey, queryFn: () => early.answer });
  }
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <App />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>
  );
  if (!lite) {
    createRoot(document.getElementById('root')!).render(app);
    return;
  }
  flushSync(() => lite.root.render(app));
  // The home screen has started from where the light one was left; any later visit starts afresh.
  clearHomeView();
  // When the app replaced the light screen (the first-screen bench reports it: everything works from here).
  performance.mark('review-desk:app-shown');
  lite.replay();
}
