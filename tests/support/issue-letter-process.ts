/**
 * Child process for the two-process issuing test: opens the archive in argv[2] and issues the letter
 * described by argv[3] (JSON), printing {ok, value|error} as one JSON line. Waits for the go file so
 * both processes call at about the same moment.
 */
import { existsSync } from 'node:fs';
import { dispatch } from '../../main/api/router.js';
import { openCore } from '../../main/core/core.js';
import { contextAs } from './accounts.js';

const [dir, input, goFile, actor] = process.argv.slice(2) as [string, string, string, string];
const core = await openCore(dir);
while (!existsSync(goFile)) await new Promise((r) => setTimeout(r, 5));
const result = await dispatch('letters.issue', JSON.parse(input), await contextAs(core, actor));
core.close();
process.stdout.write(JSON.stringify(result) + '\n');
