import type { AuthStatus } from '../../shared/contract/index';
import { startAuthStatus } from './auth/early-status';
import { earlyQueriesSettled, startEarlyQueries } from './early-queries';
import { preloadOpeningPage } from './page-loaders';
import { parseRoute } from './routes';

// The entry is kept tiny: it asks the server who is signed in and, once it knows, the opening screen's own
// data (early-queries.ts), waiting at most 1.5 s for those answers. When the app opens on the queue, the
// light first screen (lite/lite-screen.tsx: antd's markup drawn by React alone) shows it as soon as they are
// in, and works on its own; antd, the app and the opening screen's module are loaded and evaluated only when
// something needs them or the page has been left alone (lite/app-demand.ts), and the app replaces the light
// screen with the same markup in one commit (issue 17: first screen on a slow PC). Any other
// start (another screen, the sign-in page, first run) loads the app at once and renders as before: one
// render, with the data.
const opensHome = parseRoute(window.location.hash).page === 'home';
let app: ReturnType<typeof importApp> | null = null;
const importApp = () => import('./app-root');
const loadApp = () => (app ??= importApp());
if (!opensHome) void loadApp();

let status: AuthStatus | null = null;
const answers = startAuthStatus((answer) => {
  status = answer;
  if (!answer.me) void loadApp(); // the sign-in page or first run: no light screen
  startEarlyQueries(answer);
}).then(() => earlyQueriesSettled(1500));
const lite = opensHome ? import('./lite/lite-screen') : null;
const liteShown = lite ? Promise.all([lite, answers]).then(([m]) => (status ? m.showLiteScreen(status) : false)) : Promise.resolve(false);
void liteShown
  .catch(() => false)
  // The light screen works on its own: the app loads once something needs it (lite/app-demand.ts).
  .then((shown) => (shown ? lite?.then((m) => m.appDemanded()) : undefined))
  .then(() => Promise.all([loadApp(), preloadOpeningPage(), lite?.catch(() => null)]))
  .then(([m, , light]) => m.mountApp(light?.takeLiteRoot() ?? null));
