import { startAuthStatus } from './auth/early-status';
import { preloadOpeningPage } from './page-loaders';

// The entry is kept tiny: it asks the server who is signed in and starts loading the screen the app opens
// on, then loads the app. Both travel while React, antd and the shell download and evaluate (issue 17:
// first screen on a slow PC).
startAuthStatus();
preloadOpeningPage();
void import('./app-root').then((m) => m.mountApp());
