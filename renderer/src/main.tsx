import type { AuthStatus } from '../../shared/contract/index';
import { startAuthStatus } from './auth/early-status';
import { earlyQueriesSettled, startEarlyQueries } from './early-queries';
import { preloadOpeningPage } from './page-loaders';

// The entry is kept tiny: it asks the server who is signed in and, once it knows, the opening screen's own
// data (early-queries.ts), waiting at most 1.5 s for those answers. When the app opens on the queue, the
// light first screen (lite/lite-screen.tsx: antd's markup drawn by React alone) shows it as soon as they are
// in; only then are antd, the app and the opening screen's module evaluated, and the app replaces the light
// screen with the same markup in one commit (issue 17: first screen on a slow PC). Otherwise the app
// renders the screen itself, as before: one render, with the data.
let status: AuthStatus | null = null;
const answers = startAuthStatus((answer) => {
  status = answer;
  startEarlyQueries(answer);
}).then(() => earlyQueriesSettled(1500));
const lite = import('./lite/lite-screen');
const liteShown = Promise.all([lite, answers]).then(([m]) => (status ? m.showLiteScreen(status) : false));
void liteShown
  .catch(() => false)
  .then(() => Promise.all([import('./app-root'), preloadOpeningPage(), lite.catch(() => null)]))
  .then(([m, , light]) => m.mountApp(light?.takeLiteRoot() ?? null));
