import { startAuthStatus } from './auth/early-status';
import { earlyQueriesSettled, startEarlyQueries } from './early-queries';
import { preloadOpeningPage } from './page-loaders';

// The entry is kept tiny: it asks the server who is signed in and starts loading the screen the app opens
// on, then loads the app. Both travel while React, antd and the shell download and evaluate (issue 17:
// first screen on a slow PC). The app mounts once the opening screen's module is here too, so the shell and
// that screen render in one pass instead of a spinner first and the screen a round later. Once the server
// says who is signed in, the opening screen's own data is asked for too (early-queries.ts), and the app
// mounts with those answers (waiting at most 1.5 s for them): one render with the data, not two.
const answers = startAuthStatus(startEarlyQueries).then(() => earlyQueriesSettled(1500));
const openingPage = preloadOpeningPage();
void Promise.all([import('./app-root'), openingPage, answers]).then(([m]) => m.mountApp());
