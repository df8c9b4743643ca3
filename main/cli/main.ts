import { isAppError } from '../core/errors.js';
import { buildProgram } from './index.js';

/** Entry point of the `review-desk` command: errors become one Chinese line and exit code 2. */
buildProgram(process.argv)
  .then((program) => program.parseAsync(process.argv))
  .catch((e: unknown) => {
    console.error(`错误：${isAppError(e) ? e.message : (e as Error).message}`);
    process.exit(2);
  });
