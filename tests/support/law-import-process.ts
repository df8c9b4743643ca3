/**
 * Child process for the interrupted-import test: opens the archive argv[2] with the statute store built
 * from the resources folder argv[3], imports the snapshot folder argv[4], and kills itself (SIGKILL, no
 * clean-up of any kind) at the step argv[5] ('afterMerge' | 'afterAlerts').
 */
import { openCore } from '../../main/core/core.js';
import { importStatutes, type ImportHooks } from '../../main/core/statutes/import-service.js';
import { statuteDb } from '../../main/core/statutes/statute-store.js';

const [dataDir, resourcesDir, snapshot, step] = process.argv.slice(2) as [string, string, string, keyof ImportHooks];
const core = await openCore(dataDir);
statuteDb(core.dataDir, { resourcesDir });
importStatutes(core, 'tester', snapshot, undefined, { [step]: () => process.kill(process.pid, 'SIGKILL') });
process.stdout.write('finished without being killed\n');
