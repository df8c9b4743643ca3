// `node --import <this file>`: writes the URL of every module the process resolves, one per line, to the
// file named by MODULE_TRACE_OUT (tests/cli/start-up-modules.test.ts; issue 17).
import { register } from 'node:module';

register('./hook.mjs', import.meta.url);
